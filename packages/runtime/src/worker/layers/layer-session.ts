import { compile, type GraphDoc } from "@nudge/graph";
import { buildModel, type LayerStats as ModelLayerStats, type SpecModel } from "@nudge/models";
import { problem } from "../../errors.js";
import type { LoadResult, Problem, TrainDoc, TrainingSettings } from "../../protocol.js";
import { loadData, type TrainData } from "../data.js";
import { resolveTraining } from "../settings.js";

/** A loaded layer graph: its ModelSpec built as a tfjs model by @nudge/models. */
export interface LayerLoaded {
  kind: "layers";
  doc: TrainDoc;
  model: SpecModel;
  layerNodeIds: string[];
  data: TrainData;
  train: { features: Float32Array; targets: Float32Array };
  test: { features: Float32Array; targets: Float32Array } | undefined;
  training: TrainingSettings;
  step: number;
  loss: number;
  lr: number;
  stats: ModelLayerStats[] | undefined;
}

function rows(data: TrainData, which: Int32Array): { features: Float32Array; targets: Float32Array } {
  const { dataset, dim } = data;
  const features = new Float32Array(which.length * dim);
  const targets = new Float32Array(which.length);
  which.forEach((r, i) => {
    features.set(dataset!.features.subarray(r * dim, (r + 1) * dim), i * dim);
    targets[i] = dataset!.targets[r];
  });
  return { features, targets };
}

/** Compile a layer graph to a ModelSpec and build it (tfjs, seeded by `training.seed`). */
export function loadLayerDoc(doc: TrainDoc): { loaded: LayerLoaded; result: LoadResult } | { result: LoadResult } {
  const fail = (problems: Problem[]) => ({ result: { ok: false as const, problems } });
  try {
    const compiled = compile(doc as unknown as GraphDoc);
    if (!compiled.ok) return fail(compiled.problems.map(({ code, message, nodeId, edgeId }) => ({ code, message, ...(nodeId ? { nodeId } : {}), ...(edgeId ? { edgeId } : {}) })));
    if (compiled.kind !== "model") return fail([problem("INTERNAL", {}, "expected a layer graph")]);
    const data = loadData(doc.data);
    if ("problems" in data) return fail(data.problems);
    const training = resolveTraining(doc.training);
    const model = buildModel(compiled.spec, { seed: training.seed });
    const loaded: LayerLoaded = {
      kind: "layers", doc, model, layerNodeIds: compiled.layerNodeIds, data,
      train: rows(data, data.train), test: data.test.length > 0 ? rows(data, data.test) : undefined,
      training, step: 0, loss: NaN, lr: training.optimizer.lr, stats: undefined,
    };
    const parameters = model.weights().reduce((n, w) => n + w.values.length, 0);
    return { loaded, result: { ok: true, parameters, samples: data.train.length, nodes: doc.nodes.length } };
  } catch (error) {
    return fail([problem("INTERNAL", {}, error instanceof Error ? error.message : String(error))]);
  }
}

/** Rebuild the model with its initial weights (a new seed when reseeding). */
export function resetLayers(s: LayerLoaded, reseed?: boolean | number): void {
  if (reseed !== undefined && reseed !== false) s.training = { ...s.training, seed: typeof reseed === "number" ? reseed : s.training.seed + 1 };
  s.model.dispose();
  const compiled = compile(s.doc as unknown as GraphDoc);
  if (!compiled.ok || compiled.kind !== "model") throw new Error("the layer graph no longer compiles");
  s.model = buildModel(compiled.spec, { seed: s.training.seed });
  s.step = 0;
  s.loss = NaN;
  s.stats = undefined;
}
