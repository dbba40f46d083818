import { lossNames } from "../schema/constants.js";
import { shapeText } from "./helpers.js";
import type { NodeKindSpec } from "./types.js";

/** Marks a prediction of the network; `index` orders several outputs (one per class). */
export const outputKind: NodeKindSpec = {
  kind: "output",
  label: "Output",
  category: "outputs",
  explain: "What the network predicts; with several outputs, one per class in index order.",
  formula: "ŷ",
  display: { view: "output", size: { width: 170, height: 70 } },
  modes: ["expression", "neurons", "layers"],
  ports: {
    inputs: [{ name: "in", label: "ŷ", type: "value" }],
    outputs: [{ name: "out", label: "ŷ", type: "prediction" }],
  },
  params: { index: { type: "number", label: "Index", default: 0, min: 0, max: 63, step: 1, integer: true } },
  shape(input) {
    const [s] = input.inputs.in ?? [];
    return { ok: true, outputs: { out: s ?? [] } };
  },
  scalar: (_ops, { inputs }) => inputs.in![0]!,
};

/** Compares the predictions with the targets of the data set. */
export const lossKind: NodeKindSpec = {
  kind: "loss",
  label: "Loss",
  category: "outputs",
  explain: "How wrong the predictions are, averaged over the batch; training pushes it down.",
  formula: "L(ŷ, y)",
  display: { view: "loss", showsLoss: true, size: { width: 130, height: 60 } },
  modes: ["neurons", "layers"],
  ports: { inputs: [{ name: "pred", label: "ŷ", type: "prediction", multiple: true }], outputs: [] },
  params: { fn: { type: "enum", label: "Loss", default: "mse", options: lossNames } },
  shape(input) {
    const preds = input.inputs.pred ?? [];
    const vectors = preds.filter((s) => s.length > 0);
    if (vectors.length > 0 && preds.length > 1) {
      return {
        ok: false,
        port: "pred",
        message: `combine either scalar outputs or one vector output, got ${preds.map(shapeText).join(" and ")}`,
      };
    }
    return { ok: true, outputs: {} };
  },
};
