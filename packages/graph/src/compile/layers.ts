import type { LayerSpec, LossName as SpecLoss, ModelSpec } from "@nudge/model-spec";
import { validateModelSpec } from "@nudge/model-spec";
import { featureCount, indexGraph, vocabSize } from "../graph-index.js";
import { defaultParams, getKind } from "../kinds/registry.js";
import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import { toyInfo } from "../schema/constants.js";
import type { GraphDoc, LossName } from "../schema/types.js";
import { effectiveLoss } from "../validate/roles.js";
import { layerChain } from "./layer-chain.js";

const specLoss: Record<LossName, SpecLoss | undefined> = {
  mse: "mse",
  bce: "binaryCrossEntropy",
  "softmax-ce": "crossEntropy",
  "max-margin": "hinge",
  nll: undefined,
  "poisson-nll": "poissonNll",
};

/** Lowers a layer graph (Features → layers → Output) to a `ModelSpec` for `@nudge/models`. */
export function compileLayers(
  doc: GraphDoc,
): { ok: true; spec: ModelSpec; layerNodeIds: string[]; lossNodeId?: string } | { ok: false; problems: Problem[] } {
  const chain = layerChain(doc, indexGraph(doc));
  if (chain.problems.length > 0) return { ok: false, problems: chain.problems };
  if (doc.data.kind === "none") return { ok: false, problems: [problem("no-data", [doc.mode], { path: "data" })] };
  const { name: lossName, nodeId: lossId } = effectiveLoss(doc);
  const layers: LayerSpec[] = [];
  const layerNodeIds: string[] = [];
  const data = { vocabSize: vocabSize(doc.data), featureCount: featureCount(doc.data) };
  for (const node of chain.layers) {
    const produced = getKind(node.kind)!.layer!({ ...defaultParams(node.kind), ...node.params }, data);
    for (const layer of produced) {
      layers.push(layer);
      layerNodeIds.push(node.id);
    }
  }
  const last = layers[layers.length - 1];
  const lastActivation = last && "activation" in last ? last.activation : undefined;
  const text = doc.data.kind === "text";
  // Text: the NLL of the softmax over the next character is the cross-entropy (makemore 1's loss).
  const loss =
    lossName === "nll" && lastActivation === "exp"
      ? "poissonNll"
      : text && lossName === "nll"
        ? "crossEntropy"
        : specLoss[lossName];
  const where = lossId ? { nodeId: lossId } : { path: "training.loss" };
  if (!loss)
    return {
      ok: false,
      problems: [problem("not-supported", ["NLL in a layer graph without an exp link (Poisson)"], where)],
    };
  const start = chain.features!;
  const input = getKind(start.kind)!.shape({
    params: { ...defaultParams(start.kind), ...start.params },
    inputs: {},
    ...data,
  });
  const task = doc.data.kind === "text" ? "density" : toyInfo[doc.data.name].task;
  const shape = input.ok ? input.outputs.out! : [data.featureCount];
  const spec: ModelSpec = { version: 1, input: { shape }, layers, loss, task };
  const checked = validateModelSpec(spec);
  if (!checked.ok) {
    return {
      ok: false,
      problems: checked.problems.map((p) =>
        problem("compile-failed", [`${p.path}: ${p.message}`], layerAt(p.path, layerNodeIds, lossId)),
      ),
    };
  }
  const out = checked.shapes[checked.shapes.length - 1]!;
  if (text && (out.length !== 1 || out[0] !== data.vocabSize)) {
    const nodeId = layerNodeIds[layerNodeIds.length - 1]!;
    return { ok: false, problems: [problem("vocab-output", [data.vocabSize, out], { nodeId })] };
  }
  return { ok: true, spec: checked.spec, layerNodeIds, ...(lossId === undefined ? {} : { lossNodeId: lossId }) };
}

function layerAt(path: string, ids: string[], lossId: string | undefined): { nodeId?: string; path: string } {
  const match = /^layers\[(\d+)\]/.exec(path);
  const id = match ? ids[Number(match[1])] : path === "loss" ? lossId : undefined;
  return id ? { nodeId: id, path } : { path };
}
