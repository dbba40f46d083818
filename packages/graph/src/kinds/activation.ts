import { activate, activationParam, sameShape, str, valueIn, valueOut } from "./helpers.js";
import type { ActivationName } from "../schema/types.js";
import type { NodeKindSpec } from "./types.js";

/** An element-wise activation: the link function of a GLM. */
export const activationKind: NodeKindSpec = {
  kind: "activation",
  label: "Activation",
  category: "activations",
  explain: "Bends its input: identity gives linear regression, sigmoid logistic, exp Poisson regression.",
  formula: "act(x)",
  display: { view: "op", symbol: (p) => str(p, "fn", "tanh") },
  modes: ["expression", "neurons", "layers"],
  ports: { inputs: [valueIn("x", "x")], outputs: [valueOut] },
  params: { fn: activationParam("tanh") },
  shape: sameShape("x"),
  scalar: (ops, { inputs, params }) => activate(ops, str<ActivationName>(params, "fn", "tanh"), inputs.x![0]!),
  layer: (p) => {
    const fn = str<ActivationName>(p, "fn", "tanh");
    return [{ type: "activation", activation: fn === "identity" ? "linear" : fn }];
  },
};
