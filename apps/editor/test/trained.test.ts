import { createTemplate } from "@nudge/graph";
import type { Snapshot } from "@nudge/runtime";
import { describe, expect, it } from "vitest";
import { withTrainedValues } from "../src/store/trained";

const snap = (step: number): Snapshot => ({
  seq: 1,
  step,
  status: "paused",
  loss: 0.1,
  learningRate: 0.1,
  stepsPerSecond: 0,
  params: new Float64Array(0),
  nodes: { h1_1: { value: 0.2, grad: 0.01, param: 0.3 }, x1: { value: 1, grad: 0 } },
  edges: { "x1-h1_1-in": { weight: 0.5, grad: 0.02 } },
});

describe("hand edits keep the training so far", () => {
  it("writes trained weights and biases into the document", () => {
    const doc = createTemplate("xor");
    const out = withTrainedValues(doc, snap(10));
    expect(out.edges.find((e) => e.id === "x1-h1_1-in")!.weight).toBe(0.5);
    expect(out.nodes.find((n) => n.id === "h1_1")!.params.bias).toBe(0.3);
    expect(out.nodes.find((n) => n.id === "x1")!.params).toEqual(doc.nodes.find((n) => n.id === "x1")!.params);
    expect(out.edges.filter((e) => e.id !== "x1-h1_1-in")).toEqual(doc.edges.filter((e) => e.id !== "x1-h1_1-in"));
  });

  it("leaves an untrained document alone", () => {
    const doc = createTemplate("xor");
    expect(withTrainedValues(doc, snap(0))).toBe(doc);
    expect(withTrainedValues(doc, null)).toBe(doc);
  });
});
