import fc from "fast-check";
import { compile, createTemplate, type GraphDoc, type TemplateId } from "@nudge/graph";
import { describe, expect, test } from "vitest";
import { compileDoc } from "../src/worker/engine/compile-doc.js";
import { PlanEvaluator } from "../src/worker/engine/evaluator.js";
import { loadData } from "../src/worker/data.js";
import type { TrainDoc } from "../src/index.js";
import { fuzzNetwork } from "./fuzz-docs.js";

const close = (a: number, b: number) =>
  Number.isFinite(a) || Number.isFinite(b) ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) : true;

/**
 * Our batch-vectorised evaluator against @nudge/graph's compiled @nudge/autograd tape (a second,
 * independent implementation): same total loss, same parameter gradients, same node values.
 */
function compareWithTape(doc: TrainDoc): boolean {
  const tape = compile(doc as unknown as GraphDoc);
  if (!tape.ok || tape.kind !== "tape") return false;
  const graph = tape.graph;
  const data = loadData(doc.mode === "expression" ? { kind: "none" } : doc.data);
  if ("problems" in data) throw new Error(data.problems[0].message);
  const compiled = compileDoc(doc, data.dataset?.task);
  if ("problems" in compiled) throw new Error(JSON.stringify(compiled.problems));
  const ours = new PlanEvaluator(compiled.plan);
  compiled.plan.paramOwners.forEach((o, k) => (ours.params[k] = graph.params[graph.paramIndex(o.id, o.kind)]));
  const l2 = doc.mode === "expression" ? 0 : doc.training.l2;
  if (data.dataset) {
    const batch = { features: data.dataset.features, targets: data.dataset.targets, dim: data.dim, rows: data.train, count: data.train.length };
    graph.setBatch(batch);
    ours.setBatch(batch);
  } else ours.setBatch({ features: new Float32Array(0), targets: new Float32Array(0), dim: 0, rows: null, count: 1 });
  const expected = graph.forward(l2);
  graph.backward(l2);
  const got = ours.forward(l2);
  expect(close(got, expected)).toBe(true);
  // Both engines stop on overflow (the tape returns NaN, we return ±∞ and name the node).
  if (!Number.isFinite(expected)) return true;
  ours.backward(l2);
  compiled.plan.paramOwners.forEach((o, k) => expect(close(ours.grads[k], graph.grads[graph.paramIndex(o.id, o.kind)]), `grad of ${o.kind} ${o.id}`).toBe(true));
  compiled.plan.nodes.forEach((n, i) => {
    if (n.op === "loss") return;
    const j = graph.nodeIndex(n.id);
    for (let b = 0; b < ours.count; b++) expect(close(ours.value(i, b), graph.value(j, b)), `value of ${n.id}[${b}]`).toBe(true);
  });
  return true;
}

describe("parity with @nudge/graph's compiled tape", () => {
  test.each(["moons-mlp", "xor", "linear-regression", "logistic-regression", "abc", "micrograd-neuron", "micrograd-readme"] as TemplateId[])("template %s", (id) => {
    expect(compareWithTape(createTemplate(id))).toBe(true);
  });

  test("fuzzed networks (activations, losses, data sets, weights)", () => {
    let compared = 0;
    for (const doc of fc.sample(fuzzNetwork, { numRuns: 120, seed: 11 })) if (compareWithTape(doc)) compared++;
    expect(compared).toBeGreaterThan(30);
  });

  test("several outputs with softmax-ce, multi-class hinge, mse, bce and nll", () => {
    for (const fn of ["softmax-ce", "max-margin", "mse", "bce", "nll"]) {
      const doc = createTemplate("moons-mlp");
      doc.data = { kind: "toy", name: "blobs", n: 30, noise: 0.5, seed: 2, testFraction: 0, classes: 3 };
      const last = doc.nodes.filter((n) => n.id.startsWith("h3_"));
      expect(last).toHaveLength(1);
      doc.nodes.push({ ...last[0], id: "h3_2" }, { ...last[0], id: "h3_3" });
      doc.edges.push(...doc.edges.filter((e) => e.target === "h3_1").flatMap((e) => [2, 3].map((u) => ({ ...e, id: `${e.id}-${u}`, target: `h3_${u}` }))));
      doc.nodes.push({ id: "y2", kind: "output", position: { x: 0, y: 0 }, params: { index: 1 } }, { id: "y3", kind: "output", position: { x: 0, y: 0 }, params: { index: 2 } });
      doc.edges.push(
        { id: "h3_2-y2", source: "h3_2", sourceHandle: "out", target: "y2", targetHandle: "in" },
        { id: "h3_3-y3", source: "h3_3", sourceHandle: "out", target: "y3", targetHandle: "in" },
        { id: "y2-loss", source: "y2", sourceHandle: "out", target: "loss", targetHandle: "pred" },
        { id: "y3-loss", source: "y3", sourceHandle: "out", target: "loss", targetHandle: "pred" },
      );
      doc.nodes.find((n) => n.id === "loss")!.params.fn = fn;
      doc.training.loss = fn as GraphDoc["training"]["loss"];
      if (fn === "bce" || fn === "nll") for (const n of doc.nodes) if (n.id.startsWith("h3_")) n.params.activation = "sigmoid";
      expect(compareWithTape(doc), fn).toBe(true);
    }
  });
});
