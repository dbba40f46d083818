import { describe, expect, it } from "vitest";
import { validateModelSpec } from "@nudge/model-spec";
import { compile } from "../compile/index.js";
import { namesData, toyData, wordsData } from "../schema/defaults.js";
import type { GraphDoc } from "../schema/types.js";
import { inferShapes } from "../shapes.js";
import { createTemplate } from "../templates/index.js";
import { validate } from "../validate/index.js";

const chainShapes = (doc: GraphDoc) => {
  const shapes = inferShapes(doc);
  return doc.edges.filter((e) => e.targetHandle === "in").map((e) => shapes.get(e.id));
};
const codes = (doc: GraphDoc) => validate(doc).map((p) => [p.code, p.nodeId]);

describe("text layer kinds: Characters, One-hot, Embedding, Flatten", () => {
  it("give makemore 2's shapes [3] → [3, 10] → [30] → [200] → [27], the same as the compiled ModelSpec's", () => {
    const doc = createTemplate("mlp-lm");
    expect(chainShapes(doc)).toEqual([[3], [3, 10], [30], [200], [27]]);
    const compiled = compile(doc);
    if (!compiled.ok || compiled.kind !== "model") throw new Error("expected a model");
    const checked = validateModelSpec(compiled.spec);
    expect(checked.ok && checked.shapes).toEqual([[3], [3, 10], [30], [200], [27]]);
    expect(compiled.spec.layers[0]).toEqual({ type: "embedding", inputDim: 27, outputDim: 10 });
    expect(compiled.spec.loss).toBe("crossEntropy");
  });

  it("compile the neural bigram to one-hot(27) → flatten → dense 27 without bias, NLL as cross-entropy", () => {
    const doc = createTemplate("bigram-neural");
    expect(chainShapes(doc)).toEqual([[1], [1, 27], [27], [27]]);
    expect(validate(doc)).toEqual([]);
    const compiled = compile(doc);
    if (!compiled.ok || compiled.kind !== "model") throw new Error("expected a model");
    expect(compiled.spec.layers).toEqual([
      { type: "oneHot", depth: 27 },
      { type: "flatten" },
      { type: "dense", units: 27, activation: "linear", useBias: false },
    ]);
    expect([compiled.spec.loss, compiled.spec.task]).toEqual(["crossEntropy", "density"]);
  });

  it("size tables from the word list's own vocabulary and ask for one output per character", () => {
    const doc = createTemplate("bigram-neural");
    doc.data = wordsData("genes", ["RD29A", "DREB2A", "ACT2", "PR1"]); // ".129ABCDEPRT": 12 symbols
    expect(chainShapes(doc)[1]).toEqual([1, 12]);
    const found = validate(doc).filter((p) => p.code === "vocab-output");
    expect(found).toEqual([expect.objectContaining({ nodeId: "w", message: expect.stringContaining("12 units") })]);
    doc.nodes.find((node) => node.id === "w")!.params.units = 12;
    expect(validate(doc)).toEqual([]);
  });

  it("refuse a Characters input on a toy set and a Features input on text, naming the node", () => {
    const bigram = createTemplate("bigram-neural");
    bigram.data = toyData("moons");
    expect(codes(bigram)).toContainEqual(["input-for-data", "x"]);
    const moons = createTemplate("moons-layers");
    moons.data = namesData();
    expect(codes(moons)).toContainEqual(["input-for-data", "x"]);
  });

  it("refuse one-hot and embedding layers without text data (no vocabulary)", () => {
    const doc = createTemplate("mlp-lm");
    doc.nodes = doc.nodes.map((node) => (node.id === "x" ? { ...node, kind: "features", params: {} } : node));
    doc.data = toyData("moons");
    expect(codes(doc)).toContainEqual(["shape-mismatch", "emb"]);
  });
});
