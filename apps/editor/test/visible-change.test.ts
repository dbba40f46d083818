import { describe, expect, it } from "vitest";
import { edgeLooks, GLOW_TOP, looksKey, type PaintEdge } from "../src/canvas/edge-paint";
import type { Snapshot } from "../src/training/snapshot";
import { keepUnchanged } from "../src/training/visible-change";

const snap = (step: number, h: number, map: number[]) =>
  ({
    step,
    nodes: { h: { value: h, grad: 0.5 }, y: { value: 1, grad: 1 } },
    nodeMaps: { h: Float32Array.from(map) },
    nodeMapSize: 1,
  }) as unknown as Snapshot;

describe("keeping node states that look the same", () => {
  it("reuses a node's state when its 4-decimal display is unchanged, replaces it when it is not", () => {
    const a = snap(1, 0.12341, [0.5]);
    const b = keepUnchanged(a, snap(2, 0.123412, [0.505]));
    expect(b.nodes.h).toBe(a.nodes.h);
    expect(b.nodeMaps!.h).toBe(a.nodeMaps!.h);
    expect(b.step).toBe(2);
    const c = keepUnchanged(b, snap(3, 0.1236, [0.52]));
    expect(c.nodes.h!.value).toBe(0.1236);
    expect(c.nodeMaps!.h![0]).toBeCloseTo(0.52);
  });
  it("compares with what is shown, so a slow drift appears once it is visible", () => {
    let shown = snap(1, 0.5, [0]);
    for (let k = 1; k <= 5; k++) shown = keepUnchanged(shown, snap(1 + k, 0.5, [0.004 * k]));
    expect(shown.nodeMaps!.h![0]).toBeCloseTo(0.012);
  });
  it("takes everything new after a reset (step goes back)", () => {
    const a = snap(10, 0.5, [0]);
    const b = snap(0, 0.5, [0]);
    expect(keepUnchanged(a, b)).toBe(b);
  });
  it("tiny gradients are compared at 3 significant digits, not rounded to zero", () => {
    const a = { step: 1, nodes: { g: { value: 1, grad: 8.96e-8 } } } as unknown as Snapshot;
    const b = keepUnchanged(a, { step: 2, nodes: { g: { value: 1, grad: 1.2e-7 } } } as unknown as Snapshot);
    expect(b.nodes.g!.grad).toBe(1.2e-7);
  });
});

describe("edge looks", () => {
  const wire = (i: number, grad: number): PaintEdge => ({
    id: `e${i}`,
    source: "a",
    sourceHandle: "out",
    target: "b",
    targetHandle: "in",
    weight: 1,
    grad,
  });
  it("every wire with a gradient glows in a small graph; only the strongest glow in a big one", () => {
    const small = edgeLooks(
      Array.from({ length: 10 }, (_, i) => wire(i, 0.1 + i * 0.01)),
      true,
    );
    expect(small.every((l) => l.glow > 0.05)).toBe(true);
    const big = edgeLooks(
      Array.from({ length: 300 }, (_, i) => wire(i, (i + 1) / 1500)),
      true,
    );
    const glowing = big.flatMap((l, i) => (l.glow > 0.05 ? [i] : []));
    expect(glowing).toHaveLength(GLOW_TOP);
    expect(Math.min(...glowing)).toBe(300 - GLOW_TOP);
  });
  it("glows while gradients flow, however small late in training: relative to this step's largest, none at zero", () => {
    for (const scale of [1, 1e-2, 1e-4]) {
      const looks = edgeLooks([wire(0, 0.5 * scale), wire(1, -0.25 * scale)], true);
      expect(looks.map((l) => l.glow)).toEqual([1, 0.5]);
    }
    expect(edgeLooks([wire(0, 0), wire(1, 1e-9)], true).every((l) => l.glow < 0.05)).toBe(true);
  });
  it("no glow unless training; the key changes only when a wire looks different", () => {
    const edges = [wire(0, 0.2), wire(1, -0.1)];
    expect(edgeLooks(edges, false).every((l) => l.glow === 0)).toBe(true);
    const k1 = looksKey(edgeLooks(edges, true));
    expect(looksKey(edgeLooks([wire(0, 0.2001), wire(1, -0.1001)], true))).toBe(k1);
    expect(looksKey(edgeLooks([{ ...wire(0, 0.2), weight: -1 }, wire(1, -0.1)], true))).not.toBe(k1);
  });
});
