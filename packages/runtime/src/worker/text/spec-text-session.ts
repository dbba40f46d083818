import { minibatch } from "@nudge/datasets";
import type { ModelSpec } from "@nudge/model-spec";
import { buildModel, exponentialSweep } from "@nudge/models";
import type { LearningRateFinding, LearningRateSweep, Resume, TrainDoc, ViewSettings } from "../../protocol.js";
import { diagnosticsPart, emptyHistory } from "../layers/diagnostics.js";
import { createLayerSession, type LayerLoaded } from "../layers/layer-session.js";
import type { Session } from "../session.js";
import type { TextData, Windows } from "./text-data.js";
import { createTextReport } from "./text-report.js";

/** The train loss of a snapshot is measured on at most this many training windows (evenly strided); dev on all. */
export const trainLossWindows = 10_000;

function strided(rows: Windows, context: number, most: number): Windows {
  const n = rows.targets.length;
  if (n <= most) return rows;
  const every = n / most;
  const pick = Array.from({ length: most }, (_, i) => Math.floor(i * every));
  const features = new Float32Array(most * context);
  pick.forEach((r, i) => features.set(rows.features.subarray(r * context, (r + 1) * context), i * context));
  return { features, targets: Float32Array.from(pick, (r) => rows.targets[r]!) };
}

/** A sweep of the learning rate over fresh weights: one minibatch step per rate (makemore 2's `lrs = 10**lre`). */
async function sweepRates(s: LayerLoaded, sweep: Required<LearningRateSweep>): Promise<LearningRateFinding> {
  const { optimizer, batchSize, l2, seed } = s.training;
  const model = buildModel(s.model.spec, { seed });
  const positions = Int32Array.from(s.data.train, (_, i) => i);
  const exponents: number[] = [];
  const losses: number[] = [];
  try {
    await model.fit(s.train, {
      steps: sweep.steps,
      optimizer: optimizer.kind,
      l2,
      seed,
      batchSize,
      ...(batchSize === "all" ? {} : { batchRows: (k: number) => minibatch(positions, batchSize, { seed, step: k }) }),
      learningRate: exponentialSweep(10 ** sweep.from, 10 ** sweep.to),
      onStep: ({ learningRate, loss }) => {
        exponents.push(Math.log10(learningRate));
        losses.push(loss);
      },
    });
  } catch {
    // The loss blew up at the largest rates: the sweep ends there, which is what the plot shows.
  } finally {
    model.dispose();
  }
  return { ok: true, exponents, losses };
}

/**
 * A character language model built from its ModelSpec on tfjs: the layer session's training
 * (`@nudge/models`, minibatches from `@nudge/datasets`' sampler) over the text's context windows,
 * with text snapshots (train and dev loss, sampled words) and a learning-rate finder.
 */
export function createSpecTextSession(
  doc: TrainDoc,
  spec: ModelSpec,
  ids: { layerNodeIds: string[]; lossNodeId: string },
  data: TextData,
  resume?: Resume,
): { session: Session; parameters: number } {
  const training = doc.training;
  const n = data.train.targets.length;
  const s: LayerLoaded = {
    doc,
    model: buildModel(spec, { seed: training.seed }),
    ...ids,
    data: {
      ...{ dataset: undefined, dim: data.context, train: new Int32Array(n), test: new Int32Array(0) },
      ...{ xRange: [0, 0], yRange: [0, 0] },
    },
    train: data.train,
    test: undefined,
    training,
    step: 0,
    loss: NaN,
    startLoss: NaN,
    lr: training.optimizer.lr,
    stats: undefined,
    statsStep: 0,
    updates: emptyHistory(),
  };
  const parameters = s.model.weights().reduce((k, w) => k + w.values.length, 0);
  // A kept run (a reload, a link, a restarted worker) continues from its weights and step.
  if (resume && resume.params.length === parameters && resume.params.every(Number.isFinite)) {
    s.model.setWeights(resume.params);
    s.step = resume.step;
  }
  const base = createLayerSession(s);
  const evalTrain = strided(data.train, data.context, trainLossWindows);
  const report = createTextReport(data);
  let running = false;
  const model = {
    evaluate: () => {
      // The train loss shown is what training minimises: with the L2 term over weight tables (rank > 1).
      const tables = s.model.weights().filter((w) => w.shape.length > 1);
      const penalty = tables.reduce((sum, w) => sum + w.values.reduce((a, v) => a + v * v, 0), 0);
      const train = s.model.evaluate(evalTrain).loss + s.training.l2 * penalty;
      return data.dev ? { train, dev: s.model.evaluate(data.dev).loss } : { train };
    },
    next: (context: readonly number[]) => s.model.predict(context),
  };
  const session: Session = {
    name: "a language model",
    get step() {
      return base.step;
    },
    get training() {
      return base.training;
    },
    /** Training windows (one per character of every training word, with its end token). */
    rows: n,
    async run(control) {
      running = true;
      try {
        return await base.run(control);
      } finally {
        running = false;
      }
    },
    reset(reseed) {
      base.reset(reseed);
      report.clear();
    },
    update: (next) => base.update(next),
    snapshot(view: ViewSettings) {
      const weights = s.model.weights();
      const params = new Float64Array(weights.reduce((k, w) => k + w.values.length, 0));
      weights.reduce((at, w) => (params.set(w.values, at), at + w.values.length), 0);
      return {
        step: s.step,
        learningRate: s.lr,
        nodes: {},
        edges: {},
        params,
        ...diagnosticsPart(s),
        ...report.part(model, s.step, s.training.seed, running, view),
      };
    },
    findLearningRate: (sweep) => sweepRates(s, sweep),
    dispose: () => base.dispose(),
  };
  return { session, parameters };
}
