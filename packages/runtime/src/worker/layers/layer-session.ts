import { minibatch } from "@nudge/datasets";
import { compile, learningRateAt } from "@nudge/graph";
import { buildModel, type LayerStats as ModelLayerStats, type SpecModel } from "@nudge/models";
import { problem } from "../../errors.js";
import type { Problem, TrainDoc, TrainingSettings } from "../../protocol.js";
import { loadData, type TrainData } from "../data.js";
import { hasDiverged, lossDiverged } from "../divergence.js";
import { gatherFeatures } from "../predictions.js";
import type { Halt, Opened, RunControl, Session, SessionOptions } from "../session.js";
import { ensureBackend } from "./backend.js";
import { emptyHistory, recordUpdates, type UpdateHistory } from "./diagnostics.js";
import { layerSnapshot } from "./layer-snapshot.js";

/** A loaded layer graph: its ModelSpec built as a tfjs model by @nudge/models. */
export interface LayerLoaded {
  doc: TrainDoc;
  model: SpecModel;
  layerNodeIds: string[];
  /** Where a diverged loss is reported: the Loss node, else the last layer. */
  lossNodeId: string;
  data: TrainData;
  train: { features: Float32Array; targets: Float32Array };
  test: { features: Float32Array; targets: Float32Array } | undefined;
  training: TrainingSettings;
  step: number;
  loss: number;
  startLoss: number;
  lr: number;
  stats: ModelLayerStats[] | undefined;
  /** The step whose batch `stats` come from. */
  statsStep: number;
  updates: UpdateHistory;
}

function rows(data: TrainData, which: Int32Array): { features: Float32Array; targets: Float32Array } {
  const { dataset, dim } = data;
  return {
    features: gatherFeatures(dataset!, dim, which),
    targets: Float32Array.from(which, (r) => dataset!.targets[r]),
  };
}

export function compiled(doc: TrainDoc) {
  const result = compile(doc);
  if (!result.ok)
    return {
      problems: result.problems.map(({ code, message, nodeId, edgeId }): Problem => ({
        code,
        message,
        ...(nodeId ? { nodeId } : {}),
        ...(edgeId ? { edgeId } : {}),
      })),
    };
  if (result.kind !== "model") return { problems: [problem("INTERNAL", {}, "expected a layer graph")] };
  return result;
}

/** Train with @nudge/models' fit loop (it yields to the event loop every ~20 ms) until `control` says stop. */
export async function runLayers(s: LayerLoaded, control: RunControl): Promise<Halt | undefined> {
  const start = s.step;
  const until = control.stopAt();
  const { optimizer, schedule, batchSize, l2, seed } = s.training;
  let stopped: Halt | undefined;
  const signal = {
    get aborted() {
      const next = control.stopAt();
      return stopped !== undefined || control.aborted || (next !== undefined && s.step >= next);
    },
  };
  // Positions in the gathered training rows, drawn by the same sampler as tape graphs (and the exports);
  // `resume` keeps Adam's moments across pause and play, as one long run.
  const positions = Int32Array.from(s.data.train, (_, i) => i);
  const batchRows =
    batchSize === "all" ? undefined : (k: number) => minibatch(positions, batchSize, { seed, step: start + k });
  try {
    await s.model.fit(s.train, {
      steps: until === undefined ? Number.MAX_SAFE_INTEGER : until - start,
      batchSize,
      optimizer: optimizer.kind,
      l2,
      seed: seed + start,
      signal,
      statsEvery: 10,
      resume: true,
      ...(batchRows ? { batchRows } : {}),
      learningRate: (k) => learningRateAt(optimizer.lr, schedule, start + k),
      onStep(info) {
        if (Number.isNaN(s.startLoss)) s.startLoss = info.loss;
        if (hasDiverged(s.startLoss, info.loss))
          stopped = {
            status: "paused",
            error: lossDiverged(s.doc, s.lossNodeId, s.startLoss, info.loss, s.step, info.learningRate),
          };
        s.step = start + info.step + 1;
        s.loss = info.loss;
        s.lr = info.learningRate;
        if (info.layers) {
          s.stats = info.layers;
          s.statsStep = start + info.step;
          recordUpdates(s.updates, s.statsStep, info.layers);
        }
        control.progress();
      },
    });
    return stopped;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/finite/i.test(message))
      return {
        status: "paused",
        error: lossDiverged(s.doc, s.lossNodeId, s.startLoss, Number.NaN, s.step, s.lr),
      };
    return { status: "error", error: problem("INTERNAL", {}, message) };
  }
}

export function createLayerSession(s: LayerLoaded): Session {
  return {
    name: "a layer graph",
    get step() {
      return s.step;
    },
    get training() {
      return s.training;
    },
    get rows() {
      return s.data.train.length;
    },
    run: (control) => runLayers(s, control),
    reset(reseed) {
      if (reseed !== undefined && reseed !== false)
        s.training = { ...s.training, seed: typeof reseed === "number" ? reseed : s.training.seed + 1 };
      const result = compiled(s.doc);
      if ("problems" in result) throw new Error("the layer graph no longer compiles");
      s.model.dispose();
      s.model = buildModel(result.spec, { seed: s.training.seed });
      s.step = 0;
      s.loss = NaN;
      s.startLoss = NaN;
      s.stats = undefined;
      s.updates = emptyHistory();
    },
    update(training) {
      s.training = training;
    },
    snapshot: (view) => layerSnapshot(s, view),
    dispose() {
      s.model.dispose();
    },
  };
}

/** Compile a layer graph to a ModelSpec and build it (tfjs, seeded by `training.seed`). */
export async function openLayerSession(doc: TrainDoc, options: SessionOptions): Promise<Opened> {
  const result = compiled(doc);
  if ("problems" in result) return { result: { ok: false, problems: result.problems } };
  const data = loadData(doc.data);
  if ("problems" in data) return { result: { ok: false, problems: data.problems } };
  await ensureBackend();
  const training = doc.training;
  const model = buildModel(result.spec, { seed: training.seed });
  const s: LayerLoaded = {
    doc,
    model,
    layerNodeIds: result.layerNodeIds,
    lossNodeId: result.lossNodeId ?? result.layerNodeIds.at(-1) ?? "",
    data,
    train: rows(data, data.train),
    test: data.test.length > 0 ? rows(data, data.test) : undefined,
    training,
    step: 0,
    loss: NaN,
    startLoss: NaN,
    lr: training.optimizer.lr,
    stats: undefined,
    statsStep: 0,
    updates: emptyHistory(),
  };
  const parameters = model.weights().reduce((n, w) => n + w.values.length, 0);
  // A kept run (a reload, a link, a restarted worker) continues from its weights and step; the optimiser starts afresh.
  const resume = options.resume;
  if (resume && resume.params.length === parameters && resume.params.every(Number.isFinite)) {
    model.setWeights(resume.params);
    s.step = resume.step;
  }
  return {
    session: createLayerSession(s),
    result: { ok: true, parameters, samples: data.train.length, nodes: doc.nodes.length },
  };
}
