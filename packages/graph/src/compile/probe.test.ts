import { moons } from "@nudge/datasets";
import { describe, expect, it } from "vitest";
import { createTemplate } from "../templates/index.js";
import { compile } from "./index.js";
import type { CompiledGraph } from "./types.js";

function tapeOf(capacity: number): CompiledGraph {
  const result = compile(createTemplate("moons-mlp"), { capacity });
  if (!result.ok || result.kind !== "tape") throw new Error(JSON.stringify(result));
  return result.graph;
}

/** The moons MLP's output and one hidden unit written out from act(Σ w·x + b), reading weights by id. */
function handForward(g: CompiledGraph, x1: number, x2: number): { y1: number; h1_3: number } {
  const w = (id: string) => g.params[g.paramIndex(id, "edge")]!;
  const b = (id: string) => g.params[g.paramIndex(id, "node")]!;
  let prev: [string, number][] = [
    ["x1", x1],
    ["x2", x2],
  ];
  let h1_3 = 0;
  [16, 16, 1].forEach((units, li) => {
    prev = Array.from({ length: units }, (_, u) => {
      const id = `h${li + 1}_${u + 1}`;
      const sum = prev.reduce((acc, [from, v]) => acc + w(`${from}-${id}-in`) * v, b(id));
      const v = li < 2 ? Math.max(0, sum) : sum;
      if (id === "h1_3") h1_3 = v;
      return [id, v] as [string, number];
    });
  });
  return { y1: prev[0]![1], h1_3 };
}

describe("CompiledGraph lanes and probe sweeps (moons MLP)", () => {
  const data = moons({ n: 40, noise: 0.1, seed: 3 });

  it("the Loss node holds each sample's loss, with gradient 1/n", () => {
    const g = tapeOf(40);
    g.setBatch({ features: data.features, targets: data.targets, count: 40 });
    g.forward();
    g.backward();
    const loss = g.nodeIndex("loss");
    for (const s of [0, 17, 39]) {
      const score = g.value(g.nodeIndex("y1"), s);
      expect(g.value(loss, s)).toBeCloseTo(Math.max(0, 1 - (data.targets[s]! > 0 ? 1 : -1) * score), 12);
      expect(g.grad(loss, s)).toBeCloseTo(1 / 40, 15);
    }
  });

  it("predict and predictNodes over a grid bigger than one chunk equal a plain-number forward pass", () => {
    const g = tapeOf(4);
    g.params.forEach((_, i) => (g.params[i] = Math.sin(7 * i) * 0.5));
    const count = 600;
    const points = Float64Array.from({ length: 2 * count }, (_, i) => Math.cos(i * 1.3) * 2);
    const out = g.predict(points, count);
    const maps = g.predictNodes(points, count);
    expect(maps.loss).toBeUndefined();
    for (const p of [0, 255, 256, 599]) {
      const want = handForward(g, points[2 * p]!, points[2 * p + 1]!);
      expect(out[p]).toBeCloseTo(want.y1, 12);
      expect(maps.h1_3![p]).toBeCloseTo(want.h1_3, 5);
      expect(maps.y1![p]).toBeCloseTo(want.y1, 5);
    }
  });

  it("the batch tape holds every sample's values: predict leaves it untouched", () => {
    const g = tapeOf(40);
    g.setBatch({ features: data.features, targets: data.targets, count: 40 });
    g.forward();
    const before = g.value(g.nodeIndex("h2_5"), 9);
    g.predict(new Float32Array(600), 300);
    expect(g.value(g.nodeIndex("h2_5"), 9)).toBe(before);
    expect(g.batchTape.values[g.batchTape.at(g.nodeSlot("h2_5"), 9)]).toBe(before);
  });
});
