import { num, shapeText, valueIn, valueOut } from "./helpers.js";
import type { NodeKindSpec } from "./types.js";

/** Batch normalisation of a vector (makemore part 3, PyTorch's `nn.BatchNorm1d`). */
export const batchNormKind: NodeKindSpec = {
  kind: "batchnorm",
  label: "BatchNorm",
  category: "layers",
  explain:
    "Centres and scales each unit over the batch, then applies a trainable gain and bias: y = γ·(x − μ)/√(σ² + ε) + β. " +
    "While training μ and σ² are the batch's; dev, test and predictions use running averages, updated each step " +
    "as running ← (1 − momentum)·running + momentum·batch (PyTorch's convention; Keras' momentum is 1 − this).",
  formula: "γ·(x − μ)/√(σ² + ε) + β",
  display: { view: "norm", size: { width: 190, height: 80 } },
  modes: ["layers"],
  ports: { inputs: [valueIn("in", "x")], outputs: [valueOut] },
  params: {
    momentum: { type: "number", label: "Momentum", default: 0.1, min: 0.001, max: 0.999, step: 0.01 },
    epsilon: { type: "number", label: "ε", default: 1e-5, min: 1e-12, max: 0.1, step: 1e-5 },
  },
  shape(input) {
    const [s] = input.inputs.in ?? [];
    if (s && s.length !== 1)
      return {
        ok: false,
        port: "in",
        message: `BatchNorm normalises a vector (after a dense layer), got ${shapeText(s)}`,
      };
    return { ok: true, outputs: { out: s ?? [] } };
  },
  layer: (p) => [{ type: "batchnorm", momentum: num(p, "momentum", 0.1), epsilon: num(p, "epsilon", 1e-5) }],
};
