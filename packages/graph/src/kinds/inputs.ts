import { num, valueOut } from "./helpers.js";
import type { NodeKindSpec } from "./types.js";

/** One feature (column) of the data set, a scalar per sample. */
export const inputKind: NodeKindSpec = {
  kind: "input",
  label: "Input",
  category: "inputs",
  explain: "One feature of each data point, e.g. x₁; it changes with every sample.",
  formula: "xᵢ",
  display: { view: "input", tile: true, size: { width: 150, height: 60 } },
  modes: ["neurons"],
  ports: { inputs: [], outputs: [valueOut] },
  params: { feature: { type: "number", label: "Feature", default: 0, min: 0, max: 63, step: 1, integer: true } },
  leaf: "feature",
  shape: () => ({ ok: true, outputs: { out: [] } }),
};

/** The whole feature vector of a sample, for layer graphs. */
export const featuresKind: NodeKindSpec = {
  kind: "features",
  label: "Features",
  category: "inputs",
  explain: "All features of each data point as one vector, the input of a layer.",
  formula: "x = [x₁, …, xₙ]",
  display: { view: "input", size: { width: 150, height: 60 } },
  modes: ["layers"],
  ports: { inputs: [], outputs: [valueOut] },
  params: {},
  leaf: "feature",
  shape: (input) => ({ ok: true, outputs: { out: [input.featureCount] } }),
};

/** A fixed number. */
export const constantKind: NodeKindSpec = {
  kind: "constant",
  label: "Constant",
  category: "values",
  explain: "A fixed number; it gets a gradient but training never changes it.",
  formula: "c",
  display: { view: "value", size: { width: 150, height: 70 } },
  modes: ["expression", "neurons"],
  ports: { inputs: [], outputs: [valueOut] },
  params: { value: { type: "number", label: "Value", default: 1, min: -1e6, max: 1e6, step: 0.1 } },
  leaf: "constant",
  shape: () => ({ ok: true, outputs: { out: [] } }),
  scalar: (ops, args) => ops.const(num(args.params, "value", 1)),
};

/** A number that training adjusts (a leaf of an expression, like micrograd's `Value(2.0)`). */
export const parameterKind: NodeKindSpec = {
  kind: "parameter",
  label: "Parameter",
  category: "values",
  explain: "A number the optimiser nudges along its gradient, like a weight.",
  formula: "p",
  display: { view: "value", size: { width: 150, height: 70 } },
  modes: ["expression", "neurons"],
  ports: { inputs: [], outputs: [valueOut] },
  params: { value: { type: "number", label: "Value", default: 0, min: -1e6, max: 1e6, step: 0.1 } },
  leaf: "parameter",
  trainable: "value",
  shape: () => ({ ok: true, outputs: { out: [] } }),
};
