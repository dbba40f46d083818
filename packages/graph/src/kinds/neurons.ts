import { activate, activationParam, shapeText, str, valueIn, valueOut } from "./helpers.js";
import type { ActivationName } from "../schema/types.js";
import type { NodeKindSpec } from "./types.js";

/** A single neuron: Σ wᵢ·xᵢ + b, then an activation; each wire into "in" is a weight. */
export const neuronKind: NodeKindSpec = {
  kind: "neuron",
  label: "Neuron",
  category: "neurons",
  explain: "Multiplies each input by its wire's weight, adds them and a bias b, then applies the activation.",
  formula: "act(Σ wᵢ·xᵢ + b)",
  display: { view: "neuron", tile: true, size: { width: 190, height: 110 } },
  modes: ["expression", "neurons"],
  ports: { inputs: [valueIn("in", "inputs", true)], outputs: [valueOut] },
  params: {
    bias: { type: "number", label: "Bias b", default: 0, min: -1e3, max: 1e3, step: 0.01 },
    activation: activationParam("tanh"),
  },
  weightPort: "in",
  trainable: "bias",
  shape(input) {
    const bad = (input.inputs.in ?? []).find((s) => s.length !== 0);
    if (bad)
      return {
        ok: false,
        port: "in",
        message: `a neuron takes scalar inputs, got ${shapeText(bad)}; use a Dense layer for vectors`,
      };
    return { ok: true, outputs: { out: [] } };
  },
  scalar(ops, { inputs, weights, own, params }) {
    const xs = inputs.in ?? [];
    let sum = own ?? ops.const(0);
    xs.forEach((x, i) => {
      sum = ops.add(sum, ops.mul(weights[i]!, x));
    });
    return activate(ops, str<ActivationName>(params, "activation", "tanh"), sum);
  },
};
