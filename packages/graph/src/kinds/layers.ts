import { activationParam, num, shapeText, str, valueIn, valueOut } from "./helpers.js";
import type { ActivationName } from "../schema/types.js";
import { initFields, initParam } from "./init-scale.js";
import type { NodeKindSpec } from "./types.js";

const link = (a: ActivationName) => (a === "identity" ? "linear" : a);

/** A fully connected layer of `units` neurons. */
export const denseKind: NodeKindSpec = {
  kind: "dense",
  label: "Dense layer",
  category: "layers",
  explain: "A layer of neurons, each wired to every input: y = act(W·x + b).",
  formula: "act(W·x + b)",
  display: { view: "layer", size: { width: 190, height: 90 } },
  modes: ["layers"],
  ports: { inputs: [valueIn("in", "x")], outputs: [valueOut] },
  params: {
    units: { type: "number", label: "Units", default: 16, min: 1, max: 1024, step: 1, integer: true },
    activation: activationParam("tanh"),
    useBias: { type: "boolean", label: "Bias", default: true },
    init: initParam,
  },
  shape(input) {
    const [s] = input.inputs.in ?? [];
    if (s && s.length !== 1)
      return { ok: false, port: "in", message: `a dense layer takes a vector, got ${shapeText(s)}` };
    return { ok: true, outputs: { out: [num(input.params, "units", 16)] } };
  },
  layer: (p) => {
    const activation = str<ActivationName>(p, "activation", "tanh");
    return [
      {
        type: "dense",
        units: num(p, "units", 16),
        activation: link(activation),
        useBias: p.useBias !== false,
        ...initFields(str(p, "init", "glorot"), activation),
      },
    ];
  },
};
