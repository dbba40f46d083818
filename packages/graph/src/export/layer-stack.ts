import { initialWeights } from "@nudge/model-spec";
import { compileLayers } from "../compile/layers.js";
import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import { effectiveLoss } from "../validate/roles.js";
import type { GraphDoc, LossName } from "../schema/types.js";
import { literal } from "./code-ops.js";
import { trainRows, type TrainRows } from "./rows.js";
import type { ExportResult } from "./shared.js";

/**
 * A layer graph as fully connected layers: units and activation each (stand-alone activations
 * folded in), with the editor's initial kernel (`[inputs, units]`, row-major; biases start at 0).
 */
export interface LayerStack {
  inputs: number;
  layers: {
    units: number;
    activation: "relu" | "tanh" | "sigmoid" | "linear" | "exp";
    nodeId: string;
    kernel: Float32Array;
  }[];
  loss: LossName;
}

/** Folds a layer graph into dense layers, or says which node cannot take part in `purpose`. */
export function layerStack(
  doc: GraphDoc,
  purpose = "code export",
): { ok: true; stack: LayerStack } | { ok: false; problems: Problem[] } {
  const compiled = compileLayers(doc);
  if (!compiled.ok) return compiled;
  const layers: LayerStack["layers"] = [];
  const initial = initialWeights(compiled.spec, doc.training.seed);
  for (const [i, layer] of compiled.spec.layers.entries()) {
    const nodeId = compiled.layerNodeIds[i]!;
    const last = layers[layers.length - 1];
    if (layer.type === "dense") {
      const activation = layer.activation ?? "linear";
      if (activation === "softmax")
        return {
          ok: false,
          problems: [problem("not-supported", [`A softmax layer in ${purpose} (use the softmax-ce loss)`], { nodeId })],
        };
      if (layer.useBias === false)
        return {
          ok: false,
          problems: [problem("not-supported", [`A Dense layer without bias in ${purpose}`], { nodeId })],
        };
      layers.push({ units: layer.units, activation, nodeId, kernel: initial[i]!.values });
    } else if (layer.type === "activation" && last && last.activation === "linear" && layer.activation !== "softmax") {
      last.activation = layer.activation;
    } else {
      return {
        ok: false,
        problems: [
          problem("not-supported", [`This layer in ${purpose} (put activations right after a linear Dense layer)`], {
            nodeId,
          }),
        ],
      };
    }
  }
  const loss = effectiveLoss(doc).name;
  return { ok: true, stack: { inputs: compiled.spec.input.shape[0]!, layers, loss } };
}

/** One dense layer as an export writes it: its sizes, activation and initial kernel as rows of number literals. */
export interface DenseOut {
  inputs: number;
  units: number;
  activation: LayerStack["layers"][number]["activation"];
  nodeId: string;
  kernelRows: string[];
}

/** What a layer-graph export writes (the dense layers, the training rows), or its result when it cannot. */
export function layerExport(doc: GraphDoc): { stack: LayerStack; dense: DenseOut[]; rows: TrainRows } | ExportResult {
  const result = layerStack(doc);
  if (!result.ok) return result;
  if (doc.data.kind !== "toy") return { ok: true, code: "" };
  const rows = trainRows(doc.data, doc.training.seed);
  if (!rows.ok) return rows;
  const { stack } = result;
  let inputs = stack.inputs;
  const dense = stack.layers.map(({ units, activation, nodeId, kernel }) => {
    const kernelRows = Array.from(
      { length: inputs },
      (_, i) => `[${Array.from(kernel.subarray(i * units, (i + 1) * units), literal).join(", ")}]`,
    );
    const out = { inputs, units, activation, nodeId, kernelRows };
    inputs = units;
    return out;
  });
  return { stack, dense, rows: rows.rows };
}
