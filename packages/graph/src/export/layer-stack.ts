import { initialWeights } from "@nudge/model-spec";
import { compileLayers } from "../compile/layers.js";
import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import { effectiveLoss } from "../validate/roles.js";
import type { GraphDoc, LossName } from "../schema/types.js";
import { literal } from "./code-ops.js";
import { trainRows, type TrainRows } from "./rows.js";
import type { ExportResult } from "./shared.js";

/** An activation an export writes after a layer. */
export type StackActivation = "relu" | "tanh" | "sigmoid" | "linear" | "exp";

/** A dense layer with the editor's initial kernel (`[inputs, units]`, row-major; a bias starts at 0). */
export interface StackDense {
  type: "dense";
  units: number;
  bias: boolean;
  kernel: Float32Array;
}

/** A BatchNorm layer (gain 1, shift 0, running mean 0 and variance 1 at the start), PyTorch's momentum convention. */
export interface StackNorm {
  type: "batchnorm";
  units: number;
  momentum: number;
  epsilon: number;
}

/**
 * A layer graph as dense and BatchNorm layers, each followed by an activation (stand-alone
 * activations folded into the layer before them).
 */
export interface LayerStack {
  inputs: number;
  layers: ((StackDense | StackNorm) & { activation: StackActivation; nodeId: string })[];
  loss: LossName;
}

const refuse = (what: string, nodeId: string) => ({
  ok: false as const,
  problems: [problem("not-supported", [what], { nodeId })],
});

/** Folds a layer graph into dense and BatchNorm layers, or says which node cannot take part in `purpose`. */
export function layerStack(
  doc: GraphDoc,
  purpose = "code export",
): { ok: true; stack: LayerStack } | { ok: false; problems: Problem[] } {
  const compiled = compileLayers(doc);
  if (!compiled.ok) return compiled;
  const layers: LayerStack["layers"] = [];
  const initial = initialWeights(compiled.spec, doc.training.seed);
  let width = compiled.spec.input.shape[0]!;
  for (const [i, layer] of compiled.spec.layers.entries()) {
    const nodeId = compiled.layerNodeIds[i]!;
    const last = layers[layers.length - 1];
    if (layer.type === "dense") {
      const activation = layer.activation ?? "linear";
      if (activation === "softmax") return refuse(`A softmax layer in ${purpose} (use the softmax-ce loss)`, nodeId);
      layers.push({
        type: "dense",
        units: layer.units,
        bias: layer.useBias !== false,
        activation,
        nodeId,
        kernel: initial[i]!.values,
      });
      width = layer.units;
    } else if (layer.type === "batchnorm") {
      const { momentum = 0.1, epsilon = 1e-5 } = layer;
      layers.push({ type: "batchnorm", units: width, momentum, epsilon, activation: "linear", nodeId });
    } else if (layer.type === "activation" && last && last.activation === "linear" && layer.activation !== "softmax") {
      last.activation = layer.activation;
    } else {
      return refuse(`This layer in ${purpose} (put activations right after a linear Dense or BatchNorm layer)`, nodeId);
    }
  }
  const loss = effectiveLoss(doc).name;
  return { ok: true, stack: { inputs: compiled.spec.input.shape[0]!, layers, loss } };
}

/** One layer as an export writes it: sizes, activation, and a dense layer's initial kernel as rows of number literals. */
export type LayerOut = (
  { type: "dense"; bias: boolean; kernelRows: string[] } | { type: "batchnorm"; momentum: string; epsilon: string }
) & { inputs: number; units: number; activation: StackActivation; nodeId: string };

/** What a layer-graph export writes (its layers, the training rows), or its result when it cannot. */
export function layerExport(
  doc: GraphDoc,
): { stack: LayerStack; layers: LayerOut[]; norms: boolean; rows: TrainRows } | ExportResult {
  const result = layerStack(doc);
  if (!result.ok) return result;
  if (doc.data.kind !== "toy") return { ok: true, code: "" };
  const rows = trainRows(doc.data, doc.training.seed);
  if (!rows.ok) return rows;
  const { stack } = result;
  let inputs = stack.inputs;
  const layers = stack.layers.map((layer): LayerOut => {
    const { units, activation, nodeId } = layer;
    const common = { inputs, units, activation, nodeId };
    inputs = units;
    if (layer.type === "batchnorm")
      return { type: "batchnorm", momentum: literal(layer.momentum), epsilon: literal(layer.epsilon), ...common };
    const kernelRows = Array.from(
      { length: common.inputs },
      (_, i) => `[${Array.from(layer.kernel.subarray(i * units, (i + 1) * units), literal).join(", ")}]`,
    );
    return { type: "dense", bias: layer.bias, kernelRows, ...common };
  });
  return { stack, layers, norms: layers.some((l) => l.type === "batchnorm"), rows: rows.rows };
}

/** A Dense layer of a {@link LayerStack}: what neurons can show. */
export type StackDenseLayer = StackDense & { activation: StackActivation; nodeId: string };

/** A layer stack of Dense layers with biases only (what a neuron graph can hold), or which layer is not one. */
export function neuronStack(
  doc: GraphDoc,
  purpose: string,
):
  { ok: true; stack: Omit<LayerStack, "layers"> & { layers: StackDenseLayer[] } } | { ok: false; problems: Problem[] } {
  const stacked = layerStack(doc, purpose);
  if (!stacked.ok) return stacked;
  const layers: StackDenseLayer[] = [];
  for (const l of stacked.stack.layers) {
    if (l.type !== "dense")
      return refuse(`A BatchNorm layer in ${purpose} (neurons keep no batch statistics)`, l.nodeId);
    if (!l.bias) return refuse(`A Dense layer without bias in ${purpose} (every neuron has a bias)`, l.nodeId);
    layers.push(l);
  }
  return { ok: true, stack: { ...stacked.stack, layers } };
}
