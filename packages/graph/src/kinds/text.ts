import { num, shapeText, valueIn, valueOut } from "./helpers.js";
import type { NodeKindSpec, ShapeInput, ShapeResult } from "./types.js";

const ids = (input: ShapeInput, what: string): ShapeResult | undefined => {
  const [s] = input.inputs.in ?? [];
  if (s && s.length !== 1)
    return { ok: false, port: "in", message: `${what} takes character ids [context], got ${shapeText(s)}` };
  if (input.vocabSize === 0) return { ok: false, port: "in", message: `${what} needs text data (a vocabulary)` };
  return undefined;
};

/** The last `context` characters before each position of each word, as vocabulary ids (makemore's X). */
export const charactersKind: NodeKindSpec = {
  kind: "characters",
  label: "Characters",
  category: "inputs",
  explain:
    "The characters before each next one, as ids: with context 3, “emma” gives ... → e, ..e → m, .em → m, emm → a, mma → . ('.' starts and ends a word).",
  formula: "x = [c₋₃, c₋₂, c₋₁]",
  display: { view: "input", size: { width: 150, height: 60 } },
  modes: ["layers"],
  ports: { inputs: [], outputs: [valueOut] },
  params: { context: { type: "number", label: "Context", default: 3, min: 1, max: 16, step: 1, integer: true } },
  leaf: "feature",
  shape: (input) => ({ ok: true, outputs: { out: [num(input.params, "context", 3)] } }),
};

/** Each character id as a one-hot vector over the vocabulary (makemore 1's `F.one_hot(xs, 27)`). */
export const oneHotKind: NodeKindSpec = {
  kind: "one-hot",
  label: "One-hot",
  category: "layers",
  explain: "Each character becomes a vector of zeros with a 1 at its index: 'b' → [0, 0, 1, 0, …]. Nothing to learn.",
  formula: "onehot(x)",
  display: { view: "tensor", symbol: "one-hot", size: { width: 170, height: 70 } },
  modes: ["layers"],
  ports: { inputs: [valueIn("in", "ids")], outputs: [valueOut] },
  params: {},
  shape: (input) =>
    ids(input, "One-hot") ?? { ok: true, outputs: { out: [(input.inputs.in?.[0] ?? [1])[0]!, input.vocabSize] } },
  layer: (_p, data) => [{ type: "oneHot", depth: data.vocabSize }],
};

/** A learned vector per character (makemore 2's lookup table C). */
export const embeddingKind: NodeKindSpec = {
  kind: "embedding",
  label: "Embedding",
  category: "layers",
  explain:
    "A table with one learned row of numbers per character: C[x] looks the rows up. Same as one-hot times a weight matrix, but cheaper.",
  formula: "C[x]",
  display: { view: "tensor", symbol: (p) => `embedding · ${num(p, "dim", 10)}`, size: { width: 190, height: 70 } },
  modes: ["layers"],
  ports: { inputs: [valueIn("in", "ids")], outputs: [valueOut] },
  params: { dim: { type: "number", label: "Dimensions", default: 10, min: 1, max: 256, step: 1, integer: true } },
  shape: (input) =>
    ids(input, "An embedding") ?? {
      ok: true,
      outputs: { out: [(input.inputs.in?.[0] ?? [1])[0]!, num(input.params, "dim", 10)] },
    },
  layer: (p, data) => [{ type: "embedding", inputDim: data.vocabSize, outputDim: num(p, "dim", 10) }],
};

/** Lays every number of a sample out in one vector (makemore 2's `emb.view(-1, 30)`). */
export const flattenKind: NodeKindSpec = {
  kind: "flatten",
  label: "Flatten",
  category: "layers",
  explain: "Puts the rows side by side in one long vector, so a Dense layer sees all context characters at once.",
  formula: "view(n, −1)",
  display: { view: "tensor", symbol: "flatten", size: { width: 150, height: 60 } },
  modes: ["layers"],
  ports: { inputs: [valueIn("in", "x")], outputs: [valueOut] },
  params: {},
  shape: (input) => {
    const [s] = input.inputs.in ?? [];
    return { ok: true, outputs: { out: [s ? s.reduce((a, b) => a * b, 1) : 1] } };
  },
  layer: () => [{ type: "flatten" }],
};
