import { Value } from "@nudge/autograd";
import { moons } from "@nudge/datasets";
import { describe, expect, it } from "vitest";
import { createTemplate } from "../templates/index.js";
import type { GraphDoc } from "../schema/types.js";
import { TapeGraph } from "./compiled-graph.js";
import { compile } from "./index.js";
import { buildPlan } from "./plan.js";
import { initialWeight } from "./init.js";
import type { CompiledGraph } from "./types.js";

function tapeOf(doc: GraphDoc, capacity?: number): CompiledGraph {
  const result = compile(doc, capacity === undefined ? {} : { capacity });
  if (!result.ok || result.kind !== "tape") throw new Error(JSON.stringify(result));
  return result.graph;
}

const at = (g: CompiledGraph, id: string) => ({ value: g.value(g.nodeIndex(id)), grad: g.grad(g.nodeIndex(id)) });

describe("compile: expressions against published numbers", () => {
  it("micrograd README: g = 24.7041, dg/da = 138.8338, dg/db = 645.5773", () => {
    const g = tapeOf(createTemplate("micrograd-readme"));
    expect(g.rootId).toBe("g");
    expect(g.forward()).toBeCloseTo(24.7041, 4);
    g.backward();
    expect(at(g, "a").grad).toBeCloseTo(138.8338, 4);
    expect(at(g, "b").grad).toBeCloseTo(645.5773, 4);
    expect(g.grads[g.paramIndex("a", "node")]).toBeCloseTo(138.8338, 4);
  });

  it("micrograd neuron: o = 0.7071, x1.grad = −1.5, w1.grad = 1, x2.grad = 0.5, w2.grad = 0", () => {
    const g = tapeOf(createTemplate("micrograd-neuron"));
    expect(g.rootId).toBe("o");
    expect(g.forward()).toBeCloseTo(0.7071, 4);
    g.backward();
    expect(at(g, "x1").grad).toBeCloseTo(-1.5, 4);
    expect(at(g, "w1").grad).toBeCloseTo(1, 4);
    expect(at(g, "x2").grad).toBeCloseTo(0.5, 4);
    expect(at(g, "w2").grad).toBeCloseTo(0, 6);
    expect(at(g, "n").grad).toBeCloseTo(0.5, 4);
  });

  it("a·b + c = 4 with grads (−3, 2, 1)", () => {
    const g = tapeOf(createTemplate("abc"));
    expect(g.forward()).toBe(4);
    g.backward();
    expect([at(g, "a").grad, at(g, "b").grad, at(g, "c").grad]).toEqual([-3, 2, 1]);
  });
});

/** micrograd's demo loss written by hand on Values: MLP(2,[16,16,1]) relu/relu/linear, SVM loss, L2. */
function handBuiltMoonsLoss(
  doc: GraphDoc,
  params: Float64Array,
  owners: readonly { id: string; kind: string }[],
  xs: Float32Array,
  ys: Float32Array,
  count: number,
  alpha: number,
) {
  const p = owners.map((_, i) => new Value(params[i]!));
  const weight = (edgeId: string) => p[owners.findIndex((o) => o.id === edgeId && o.kind === "edge")]!;
  const bias = (nodeId: string) => p[owners.findIndex((o) => o.id === nodeId && o.kind === "node")]!;
  const layers = [16, 16, 1];
  const losses: Value[] = [];
  for (let s = 0; s < count; s += 1) {
    let prev = ["x1", "x2"].map((id, f) => ({ id, v: new Value(xs[s * 2 + f]!) }));
    layers.forEach((units, li) => {
      prev = Array.from({ length: units }, (_, u) => {
        const id = `h${li + 1}_${u + 1}`;
        let act = bias(id);
        for (const x of prev) act = act.add(weight(`${x.id}-${id}-in`).mul(x.v));
        return { id, v: li < 2 ? act.relu() : act };
      });
    });
    const y = ys[s]! > 0 ? 1 : -1;
    losses.push(new Value(1).add(prev[0]!.v.mul(-y)).relu());
  }
  const data = losses.reduce((a, b) => a.add(b)).mul(1 / count);
  const reg = p
    .map((q) => q.mul(q))
    .reduce((a, b) => a.add(b))
    .mul(alpha);
  const total = data.add(reg);
  total.backward();
  return { total: total.data, grads: p.map((q) => q.grad) };
}

describe("compile: neuron graphs", () => {
  const doc = createTemplate("moons-mlp");
  const data = moons({ n: 40, noise: 0.1, seed: 3 });

  it("moons MLP: loss and every param gradient equal a hand-built micrograd Value graph", () => {
    const g = tapeOf(doc);
    expect(g.params).toHaveLength(337);
    g.setBatch({ features: data.features, targets: data.targets, count: 40 });
    const loss = g.forward();
    g.backward();
    const ref = handBuiltMoonsLoss(doc, g.params, g.paramOwners, data.features, data.targets, 40, doc.training.l2);
    expect(loss).toBeCloseTo(ref.total, 10);
    ref.grads.forEach((want, i) => expect(g.grads[i]).toBeCloseTo(want, 10));
  });

  it("param gradients match central finite differences", () => {
    const g = tapeOf(createTemplate("xor"));
    const xs = new Float32Array([0.5, -1, -0.3, 0.8, 1.2, 0.4]);
    const ys = new Float32Array([1, 1, 0]);
    g.setBatch({ features: xs, targets: ys, count: 3 });
    g.forward();
    g.backward();
    const h = 1e-6;
    for (let i = 0; i < g.params.length; i += 1) {
      const keep = g.params[i]!;
      g.params[i] = keep + h;
      const up = g.forward();
      g.params[i] = keep - h;
      const down = g.forward();
      g.params[i] = keep;
      expect(g.grads[i]).toBeCloseTo((up - down) / (2 * h), 5);
    }
  });

  it("a smaller batch uses fewer lanes; a bigger one grows the tape", () => {
    const g = tapeOf(doc, 10);
    g.setBatch({ features: data.features, targets: data.targets, count: 5 });
    const five = g.forward();
    const ref = handBuiltMoonsLoss(doc, g.params, g.paramOwners, data.features, data.targets, 5, doc.training.l2);
    expect(five).toBeCloseTo(ref.total, 10);
    g.backward();
    ref.grads.forEach((want, i) => expect(g.grads[i]).toBeCloseTo(want, 10));
    g.setBatch({ features: data.features, targets: data.targets, count: 40 });
    expect(g.capacity).toBeGreaterThanOrEqual(40);
    expect(g.forward()).toBeCloseTo(
      handBuiltMoonsLoss(doc, g.params, g.paramOwners, data.features, data.targets, 40, doc.training.l2).total,
      10,
    );
  });

  it("accuracy counts sign agreement for max-margin", () => {
    const g = tapeOf(doc, 4);
    const scores = g.predict(data.features, 40);
    let right = 0;
    for (let s = 0; s < 40; s += 1) if ((scores[s]! > 0 ? 1 : 0) === data.targets[s]) right += 1;
    expect(g.accuracy({ features: data.features, targets: data.targets, count: 40 })).toBe(right / 40);
  });

  it("writeBack puts trained numbers into the document", () => {
    const g = tapeOf(doc, 2);
    g.params.fill(0.25);
    const out = g.writeBack(doc);
    expect(out.edges.find((e) => e.id === "x1-h1_1-in")?.weight).toBe(0.25);
    expect(out.nodes.find((n) => n.id === "h1_1")?.params.bias).toBe(0.25);
  });
});

describe("compile: finiteDifference (check my gradient)", () => {
  it("agrees with backprop on every node of the micrograd README expression", () => {
    const g = tapeOf(createTemplate("micrograd-readme"));
    g.forward();
    g.backward();
    for (const id of g.nodeIds) {
      const i = g.nodeIndex(id);
      const fd = g.finiteDifference({ nodeId: id }, 1e-5);
      expect(Math.abs(fd - g.grad(i))).toBeLessThan(1e-4 * Math.max(1, Math.abs(g.grad(i))));
    }
  });

  it("agrees with backprop on node values of one sample and on params of a trained network", () => {
    const g = tapeOf(createTemplate("xor"), 3);
    g.setBatch({ features: [0.5, -1, -0.3, 0.8, 1.2, 0.4], targets: [1, 1, 0], count: 3 });
    g.forward();
    g.backward();
    for (const id of ["h1_1", "h1_2", "h2_1", "x2"]) {
      expect(g.finiteDifference({ nodeId: id, sample: 1 })).toBeCloseTo(g.grad(g.nodeIndex(id), 1), 6);
    }
    g.params.forEach((_, p) => expect(g.finiteDifference({ param: p })).toBeCloseTo(g.grads[p]!, 6));
  });
});

describe("compile: problems and failures", () => {
  it("refuses a document with errors, naming the node", () => {
    const doc = createTemplate("abc");
    doc.edges = doc.edges.filter((e) => e.target !== "d" || e.targetHandle !== "b");
    const result = compile(doc);
    expect(result).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.objectContaining({ code: "missing-input", nodeId: "d" })]),
    });
  });

  it("compiles log(input) although placeholder features are 0; a real domain error is named at run time", () => {
    const doc = createTemplate("logistic-regression");
    doc.nodes.push({ id: "lg", kind: "log", position: { x: 0, y: 0 }, params: {} });
    const wire = doc.edges.find((e) => e.source === "x1")!;
    doc.edges.push({ id: "x1-lg", source: "x1", sourceHandle: "out", target: "lg", targetHandle: "x" });
    wire.source = "lg";
    const g = tapeOf(doc, 2);
    g.setBatch({ features: [Math.E, 1, 1, 2], targets: [1, 0], count: 2 });
    expect(Number.isFinite(g.forward())).toBe(true);
    expect(g.value(g.nodeIndex("lg"), 0)).toBeCloseTo(1, 12);
    expect(g.nonFinite()).toBeNull();
    g.setBatch({ features: [0.5, 1, -1, 2], targets: [1, 0], count: 2 });
    expect(g.forward()).toBeNaN();
    expect(g.nonFinite()).toMatchObject({ nodeId: "lg", what: "value", sample: 1 });
  });

  it("an expression with a real domain error compiles, and forward names the node", () => {
    const doc = createTemplate("abc");
    doc.nodes.push({ id: "lg", kind: "log", position: { x: 0, y: 0 }, params: {} });
    doc.edges.push({ id: "d-lg", source: "d", sourceHandle: "out", target: "lg", targetHandle: "x" });
    doc.nodes.find((n) => n.id === "c")!.params.value = -10;
    const g = tapeOf(doc);
    expect(g.forward()).toBeNaN();
    expect(g.nonFinite()).toMatchObject({ nodeId: "lg", what: "value" });
  });

  it("nonFinite names the first node that overflowed", () => {
    const doc = createTemplate("logistic-regression");
    doc.nodes.find((n) => n.id === "h1_1")!.params.activation = "exp";
    doc.training.loss = "mse";
    doc.nodes.find((n) => n.id === "loss")!.params.fn = "mse";
    const g = tapeOf(doc, 1);
    g.setBatch({ features: [800, 800], targets: [1], count: 1 });
    g.params.fill(1);
    expect(g.forward()).toBeNaN();
    expect(g.nonFinite()).toMatchObject({ nodeId: "h1_1", what: "value", sample: 0 });
  });

  it("an expression plan without a final node is refused by name, not by an engine TypeError on `_mark`", () => {
    const empty = { ...createTemplate("abc"), nodes: [], edges: [] };
    const plan = buildPlan(empty);
    expect(plan.root).toBe(-1);
    expect(() => new TapeGraph(plan, new Float64Array(0), 1, 0, "expression")).toThrow(/no final node to evaluate/);
    expect(compile(empty)).toMatchObject({ ok: false, problems: [{ code: "empty-graph" }] });
  });

  it("rejects a batch with NaN features with a clear error", () => {
    const g = tapeOf(createTemplate("xor"), 2);
    expect(() => g.setBatch({ features: [0, Number.NaN], targets: [0], count: 1 })).toThrow(/feature 1 of row 0/);
  });
});

describe("compile: layer graphs", () => {
  it("moons layers → a valid ModelSpec with one layer per node", () => {
    const result = compile(createTemplate("moons-layers"));
    expect(result).toMatchObject({
      ok: true,
      kind: "model",
      spec: {
        version: 1,
        input: { shape: [2] },
        loss: "hinge",
        task: "classification",
        layers: [
          { type: "dense", units: 16, activation: "relu", useBias: true },
          { type: "dense", units: 16, activation: "relu", useBias: true },
          { type: "dense", units: 1, activation: "linear", useBias: true },
        ],
      },
      layerNodeIds: ["l1", "l2", "l3"],
    });
  });
});

describe("initial weights", () => {
  it("a wire without a weight starts at initialWeight(seed, id), whatever other wires do", () => {
    const doc = createTemplate("xor");
    for (const e of doc.edges) delete e.weight;
    const first = tapeOf(doc, 1);
    const id = "x1-h1_1-in";
    const p = first.paramIndex(id, "edge");
    expect(first.params[p]).toBe(initialWeight(doc.training.seed, id));
    expect(Math.abs(first.params[p]!)).toBeLessThan(1);
    doc.edges = doc.edges.filter((e) => e.id !== "x2-h1_2-in");
    const second = tapeOf(doc, 1);
    expect(second.params[second.paramIndex(id, "edge")]).toBe(first.params[p]);
    expect(initialWeight(doc.training.seed + 1, id)).not.toBe(first.params[p]);
  });
});

describe("tape size", () => {
  it("refuses a batch too big for memory, naming the largest batch it takes", () => {
    const g = tapeOf(createTemplate("moons-mlp"), 2);
    expect(g.maxBatch).toBeGreaterThan(100);
    expect(g.maxBatch).toBeLessThan(10000);
    const count = g.maxBatch + 1;
    expect(() =>
      g.setBatch({ features: new Float32Array(count * 2), targets: new Float32Array(count), count }),
    ).toThrow(`at most ${g.maxBatch}`);
  });
});
