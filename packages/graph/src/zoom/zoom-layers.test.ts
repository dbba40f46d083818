import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layerNet, netShape, neuronNet, structure, withRun, type NetShape } from "../../test/zoom-nets.js";
import { compile } from "../compile/index.js";
import { createTemplate } from "../templates/index.js";
import type { ActivationName, GraphDoc } from "../schema/types.js";
import { validate } from "../validate/index.js";
import { collapseToLayers } from "./collapse-layers.js";
import { expandLayer, expandLayers } from "./expand-layers.js";

const runs = { numRuns: 60, seed: 12 };
const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};
const sizes = (s: NetShape) => [s.regression ? 1 : 2, ...s.hidden.map((h) => h.units), 1];
const paramCount = (s: NetShape) =>
  sizes(s)
    .slice(1)
    .reduce((sum, u, i) => sum + sizes(s)[i]! * u + u, 0);
const act: Record<ActivationName, (v: number) => number> = {
  exp: Math.exp,
  tanh: Math.tanh,
  relu: (v: number) => Math.max(0, v),
  sigmoid: (v: number) => 1 / (1 + Math.exp(-v)),
  identity: (v: number) => v,
};

/** A second implementation: the dense stack in plain numbers, params in `@nudge/models`' order (kernel [in, out] row-major, bias). */
function denseForward(s: NetShape, params: readonly number[], x: number[]): number {
  let p = 0;
  let h = x;
  [...s.hidden, { units: 1, activation: "identity" as const }].forEach(({ units, activation }) => {
    const out = Array.from({ length: units }, (_, u) =>
      h.reduce((sum, v, i) => sum + v * params[p + i * units + u]!, 0),
    );
    p += h.length * units;
    h = out.map((v, u) => act[activation](v + params[p + u]!));
    p += units;
  });
  return h[0]!;
}

/** The neuron graph's own predictions (its tape) at its current parameters. */
function tapePredict(doc: GraphDoc, points: number[][]): Float64Array {
  const compiled = ok(compile(doc));
  if (compiled.kind !== "tape") throw new Error("expected a tape");
  if (doc.trained) compiled.graph.params.set(doc.trained.params);
  return compiled.graph.predict(points.flat(), points.length, points[0]!.length);
}

const pointsFor = (s: NetShape) =>
  Array.from({ length: 7 }, (_, i) =>
    s.regression ? [Math.sin(i * s.seed)] : [Math.sin(i * s.seed) * 2, Math.cos(i + s.seed)],
  );

describe("layers ⇄ neurons", () => {
  it("collapse(expand(layer graph)) is the layer graph, untrained and with a kept run (fast-check)", () => {
    fc.assert(
      fc.property(netShape, fc.integer({ min: 0, max: 500 }), (shape, step) => {
        const plain = layerNet(shape);
        const expanded = ok(expandLayers(plain)).doc;
        expect(validate(expanded).filter((p) => p.severity === "error")).toEqual([]);
        expect(structure(ok(collapseToLayers(expanded)).doc)).toEqual(structure(plain));
        const trained = withRun(plain, paramCount(shape), step + 1, shape.seed);
        expect(structure(ok(collapseToLayers(ok(expandLayers(trained)).doc)).doc)).toEqual(structure(trained));
      }),
      runs,
    );
  });

  it("expand(collapse(neuron graph)) is the neuron graph: wires exactly when untrained, the kept run when trained (fast-check)", () => {
    fc.assert(
      fc.property(netShape, fc.integer({ min: 1, max: 500 }), (shape, step) => {
        const net = neuronNet(shape);
        const weights = (d: GraphDoc) => [d.edges.map((w) => w.weight), d.nodes.map((n) => n.params.bias)];
        const back = ok(expandLayers(ok(collapseToLayers(net)).doc)).doc;
        expect(structure(back)).toEqual(structure(net));
        expect(weights(back)).toEqual(weights(net));
        const trained = withRun(net, paramCount(shape), step, shape.seed + 1);
        expect(structure(ok(expandLayers(ok(collapseToLayers(trained)).doc)).doc, false)).toEqual(
          structure(trained, false),
        );
      }),
      runs,
    );
  });

  it("the expanded neurons compute what the dense stack computes, with the layer graph's kept run (fast-check)", () => {
    fc.assert(
      fc.property(netShape, (shape) => {
        const trained = withRun(layerNet(shape), paramCount(shape), 10, shape.seed);
        const points = pointsFor(shape);
        const got = tapePredict(ok(expandLayers(trained)).doc, points);
        points.forEach((x, i) => expect(got[i]).toBeCloseTo(denseForward(shape, trained.trained!.params, x), 9));
      }),
      runs,
    );
  });

  it("a collapsed neuron graph's layer parameters compute what its neurons compute (fast-check)", () => {
    fc.assert(
      fc.property(netShape, (shape) => {
        const net = neuronNet(shape);
        const collapsed = ok(collapseToLayers(net)).doc;
        expect(collapsed.trained?.step).toBe(0);
        const points = pointsFor(shape);
        const want = tapePredict(net, points);
        points.forEach((x, i) => expect(denseForward(shape, collapsed.trained!.params, x)).toBeCloseTo(want[i]!, 9));
      }),
      runs,
    );
  });

  it("opens moons 2-16-16-1 both ways: 33 neurons from three Dense layers, h1 h2 h3 from micrograd's MLP", () => {
    const expanded = ok(expandLayer(createTemplate("moons-layers"), "l1"));
    expect(expanded.neuronIds).toEqual(Array.from({ length: 16 }, (_, i) => `l1_${i + 1}`));
    expect(expanded.doc.nodes.filter((n) => n.kind === "neuron")).toHaveLength(33);
    const collapsed = ok(collapseToLayers(createTemplate("moons-mlp"))).doc;
    expect(collapsed.nodes.map((n) => `${n.id}:${n.kind}:${n.params.units ?? ""}`)).toEqual([
      "x:features:",
      "h1:dense:16",
      "h2:dense:16",
      "h3:dense:1",
      "y:output:",
      "loss:loss:",
    ]);
    expect(collapsed.trained?.params).toHaveLength(337);
  });

  it("refuses a layer wider than 64 units, naming it", () => {
    const wide = layerNet({ hidden: [{ units: 8, activation: "tanh" }], regression: false, seed: 1 });
    wide.nodes.find((n) => n.id === "l1")!.params.units = 65;
    const result = expandLayers(wide);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: "too-wide", nodeId: "l1" });
    expect(result.problems[0]!.message).toContain("65 units");
    expect(result.problems[0]!.message).toContain("64");
  });

  it("says which neuron breaks the layering: an extra input, a missing one, another activation", () => {
    const shape: NetShape = {
      hidden: [
        { units: 3, activation: "tanh" },
        { units: 3, activation: "tanh" },
      ],
      regression: false,
      seed: 4,
    };
    const reason = (d: GraphDoc) => {
      const r = collapseToLayers(d);
      return r.ok ? "collapsed" : `${r.problems[0]!.nodeId}: ${r.problems[0]!.message}`;
    };
    const net = neuronNet(shape);
    const skip = {
      ...net,
      edges: [
        ...net.edges,
        { id: "skip", source: "x1", sourceHandle: "out", target: "h2_3", targetHandle: "in", weight: 1 },
      ],
    };
    expect(reason(skip)).toBe("h2_3: These neurons do not collapse into layers: h2_3 reads x1 but h2_1 does not.");
    const cut = { ...net, edges: net.edges.filter((w) => w.id !== "h1_2-h2_2-in") };
    expect(reason(cut)).toBe("h2_2: These neurons do not collapse into layers: h2_2 does not read h1_2 but h2_1 does.");
    const mixed = {
      ...net,
      nodes: net.nodes.map((n) => (n.id === "h1_3" ? { ...n, params: { ...n.params, activation: "relu" } } : n)),
    };
    expect(reason(mixed)).toBe("h1_3: These neurons do not collapse into layers: h1_3 uses relu but h1_1 uses tanh.");
  });
});
