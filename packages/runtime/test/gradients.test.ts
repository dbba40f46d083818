import fc from "fast-check";
import { createTemplate, type GraphDoc } from "@nudge/graph";
import { describe, expect, test } from "vitest";
import { runRows } from "../src/worker/tape/rows.js";
import { loadTape, type Loaded } from "../src/worker/tape/tape-state.js";
import type { TrainDoc } from "../src/index.js";
import { edge, makeDoc, node } from "./docs.js";
import { fuzzNetwork } from "./fuzz-docs.js";
import { referenceLoss, referenceOutputs } from "./reference.js";

function session(doc: TrainDoc): Loaded {
  const out = loadTape(doc);
  if (!("loaded" in out)) throw new Error(JSON.stringify(out.result));
  return out.loaded;
}

/** Total loss (mean sample loss + l2·Σp²) over the train rows, from the definitions in reference.ts. */
function referenceTotal(s: Loaded, params: ArrayLike<number>): number {
  const { graph, data, doc } = s;
  const ds = data.dataset!;
  const lossNode = doc.nodes.find((n) => n.kind === "loss");
  const name = String(lossNode?.params.fn ?? doc.training.loss);
  const w = {
    weight: (id: string) => params[graph.paramIndex(id, "edge")],
    bias: (id: string) => params[graph.paramIndex(id, "node")],
  };
  let sum = 0;
  for (const r of data.train)
    sum += referenceLoss(
      name,
      referenceOutputs(doc, w, ds.features.subarray(r * data.dim, (r + 1) * data.dim)),
      ds.targets[r],
    );
  let reg = 0;
  for (let p = 0; p < params.length; p++) reg += params[p] * params[p];
  return sum / data.train.length + s.training.l2 * reg;
}

/** Central difference of the reference total in param k (h = 1e-6). */
function referenceGrad(s: Loaded, k: number, h = 1e-6): number {
  const p = Float64Array.from(s.graph.params);
  p[k] += h;
  const up = referenceTotal(s, p);
  p[k] -= 2 * h;
  return (up - referenceTotal(s, p)) / (2 * h);
}

const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

function severalOutputs(fn: string): TrainDoc {
  const doc = createTemplate("moons-mlp");
  doc.data = { kind: "toy", name: "blobs", n: 30, noise: 0.5, seed: 2, testFraction: 0, classes: 3 };
  const last = doc.nodes.find((n) => n.id === "h3_1")!;
  doc.nodes.push({ ...last, id: "h3_2" }, { ...last, id: "h3_3" });
  doc.edges.push(
    ...doc.edges
      .filter((e) => e.target === "h3_1")
      .flatMap((e) => [2, 3].map((u) => ({ ...e, id: `${e.id}-${u}`, target: `h3_${u}` }))),
  );
  doc.nodes.push(
    { id: "y2", kind: "output", position: { x: 0, y: 0 }, params: { index: 1 } },
    { id: "y3", kind: "output", position: { x: 0, y: 0 }, params: { index: 2 } },
  );
  doc.edges.push(
    { id: "h3_2-y2", source: "h3_2", sourceHandle: "out", target: "y2", targetHandle: "in" },
    { id: "h3_3-y3", source: "h3_3", sourceHandle: "out", target: "y3", targetHandle: "in" },
    { id: "y2-loss", source: "y2", sourceHandle: "out", target: "loss", targetHandle: "pred" },
    { id: "y3-loss", source: "y3", sourceHandle: "out", target: "loss", targetHandle: "pred" },
  );
  doc.nodes.find((n) => n.id === "loss")!.params.fn = fn;
  doc.training.loss = fn as GraphDoc["training"]["loss"];
  if (fn === "bce" || fn === "nll")
    for (const n of doc.nodes) if (n.id.startsWith("h3_")) n.params.activation = "sigmoid";
  return doc;
}

describe("loss and gradients against an independent forward pass (definitions + central differences)", () => {
  test.each([
    ["max-margin", "identity"],
    ["mse", "tanh"],
    ["bce", "sigmoid"],
    ["softmax-ce", "identity"],
    ["nll", "sigmoid"],
  ])("a 2-3-1 network with %s loss and %s output, with L2", (loss, out) => {
    const doc = makeDoc(
      [
        node("x1", "input", { feature: 0 }),
        node("x2", "input", { feature: 1 }),
        node("h1", "neuron", { activation: "tanh", bias: 0.1 }),
        node("h2", "neuron", { activation: "sigmoid" }),
        node("h3", "neuron", { activation: "exp" }),
        node("o", "neuron", { activation: out }),
        node("y", "output"),
        node("L", "loss", { fn: loss }),
      ],
      [
        ...["h1", "h2", "h3"].flatMap((h) => [edge("x1", h), edge("x2", h)]),
        edge("h1", "o"),
        edge("h2", "o"),
        edge("h3", "o"),
        edge("o", "y"),
        edge("y", "L", "pred"),
      ],
      { training: { l2: 1e-3, loss: loss as never } },
    );
    const s = session(doc);
    s.graph.params.forEach((_, k) => (s.graph.params[k] = Math.sin(k * 12.9898) * 0.8));
    const total = runRows(s, s.data.train, true);
    expect(total).toBeCloseTo(referenceTotal(s, s.graph.params), 10);
    s.graph.grads.forEach((g, k) => expect(g).toBeCloseTo(referenceGrad(s, k), 5));
  });

  test("the moons template (relu MLP 2-16-16-1, max-margin + L2): loss, and gradients of a spread of params", () => {
    const s = session(createTemplate("moons-mlp"));
    const total = runRows(s, s.data.train, true);
    expect(total).toBeCloseTo(referenceTotal(s, s.graph.params), 10);
    for (let k = 0; k < s.graph.params.length; k += 29) expect(s.graph.grads[k]).toBeCloseTo(referenceGrad(s, k), 5);
  });

  test.each(["xor", "linear-regression", "logistic-regression"] as const)(
    "the %s template: loss and every gradient",
    (id) => {
      const s = session(createTemplate(id));
      s.graph.params.forEach((_, k) => (s.graph.params[k] = Math.cos(k * 3.7) * 0.9));
      expect(runRows(s, s.data.train, true)).toBeCloseTo(referenceTotal(s, s.graph.params), 10);
      s.graph.grads.forEach((g, k) => expect(g).toBeCloseTo(referenceGrad(s, k), 5));
    },
  );

  test.each(["softmax-ce", "max-margin", "mse", "bce", "nll"])("several outputs (3 blobs classes) with %s", (fn) => {
    const s = session(severalOutputs(fn));
    const total = runRows(s, s.data.train, true);
    expect(total).toBeCloseTo(referenceTotal(s, s.graph.params), 10);
    for (let k = 300; k < s.graph.params.length; k += 7) expect(s.graph.grads[k]).toBeCloseTo(referenceGrad(s, k), 5);
  });

  test("fuzzed networks (activations, losses, data sets, weights): the same loss as the definitions, or both overflow", () => {
    let compared = 0;
    let finite = 0;
    for (const doc of fc.sample(fuzzNetwork, { numRuns: 120, seed: 11 })) {
      const out = loadTape(doc);
      if (!("loaded" in out)) continue;
      const s = out.loaded;
      const total = runRows(s, s.data.train, true);
      const want = referenceTotal(s, s.graph.params);
      compared++;
      if (!Number.isFinite(want)) {
        expect(total).toBeNaN();
        expect(s.graph.nonFinite()).not.toBeNull();
        continue;
      }
      expect(close(total, want, 1e-9), `${total} vs ${want}`).toBe(true);
      finite++;
    }
    expect(compared).toBeGreaterThan(60);
    expect(finite).toBeGreaterThan(5);
  });

  test("a batch bigger than the tape runs in chunks with the same loss and gradients", () => {
    const s = session(createTemplate("moons-mlp"));
    const whole = runRows(s, s.data.train, true);
    const grads = Float64Array.from(s.graph.grads);
    Object.defineProperty(s.graph, "maxBatch", { value: 7 });
    expect(runRows(s, s.data.train, true)).toBeCloseTo(whole, 12);
    s.graph.grads.forEach((g, k) => expect(g).toBeCloseTo(grads[k], 12));
    expect(s.graph.count).toBe(7);
  });

  test("every scalar op of an expression graph, against the expression written in plain numbers", () => {
    const doc = makeDoc(
      [
        node("a", "parameter", { value: 1.3 }),
        node("b", "parameter", { value: -0.7 }),
        node("c", "constant", { value: 2 }),
        node("s", "sub"),
        node("d", "div"),
        node("m", "mul"),
        node("p", "pow", { exponent: 3 }),
        node("e", "exp"),
        node("l", "log"),
        node("n", "neg"),
        node("r", "relu"),
        node("act", "activation", { fn: "sigmoid" }),
        node("pl", "add"),
        node("sum", "add"),
      ],
      [
        edge("a", "s", "a"),
        edge("b", "s", "b"),
        edge("s", "d", "a"),
        edge("c", "d", "b"),
        edge("d", "m", "a"),
        edge("b", "m", "b"),
        edge("m", "p", "x"),
        edge("a", "e", "x"),
        edge("e", "l", "x"),
        edge("b", "n", "x"),
        edge("n", "r", "x"),
        edge("r", "act", "x"),
        edge("p", "pl", "a"),
        edge("l", "pl", "b"),
        edge("pl", "sum", "a"),
        edge("act", "sum", "b"),
      ],
      { data: "none" },
    );
    const f = (a: number, b: number) =>
      (((a - b) / 2) * b) ** 3 + Math.log(Math.exp(a)) + 1 / (1 + Math.exp(-Math.max(0, -b)));
    const s = session(doc);
    expect(runRows(s, null, true)).toBeCloseTo(f(1.3, -0.7), 12);
    const h = 1e-6;
    expect(s.graph.grads[s.graph.paramIndex("a", "node")]).toBeCloseTo(
      (f(1.3 + h, -0.7) - f(1.3 - h, -0.7)) / (2 * h),
      6,
    );
    expect(s.graph.grads[s.graph.paramIndex("b", "node")]).toBeCloseTo(
      (f(1.3, -0.7 + h) - f(1.3, -0.7 - h)) / (2 * h),
      6,
    );
  });
});
