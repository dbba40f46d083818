import { learningRateAt } from "@nudge/graph";
import { initialWeights, type ModelSpec } from "@nudge/model-spec";
import type { LearningRateFinding, Resume, TrainDoc, TrainingSettings, ViewSettings } from "../../protocol.js";
import { hasDiverged, lossDiverged } from "../divergence.js";
import { createOptimizer, type Optimizer } from "../optimizer.js";
import type { Halt, RunControl, Session } from "../session.js";
import { createYield } from "../throttle.js";
import { bigramLossGrad, softmax } from "./bigram-counts.js";
import { countTable, type TextData } from "./text-data.js";
import { createTextReport } from "./text-report.js";

/** What the counting route trains: W (V×V, the Dense layer's kernel) from the bigram counts of the train words. */
interface BigramState {
  doc: TrainDoc;
  spec: ModelSpec;
  lossNodeId: string;
  size: number;
  counts: { train: Float64Array; dev?: Float64Array };
  w: Float64Array;
  grad: Float64Array;
  optimizer: Optimizer;
  training: TrainingSettings;
  step: number;
  lr: number;
  startLoss: number;
}

const kernel = (spec: ModelSpec, seed: number) => Float64Array.from(initialWeights(spec, seed)[2]!.values);

/** One full-batch step from the counts; a halt when the loss is not finite or diverged. */
function stepOnce(s: BigramState): Halt | undefined {
  const loss = bigramLossGrad(s.w, s.counts.train, s.size, s.training.l2, s.grad);
  if (Number.isNaN(s.startLoss)) s.startLoss = loss;
  if (hasDiverged(s.startLoss, loss))
    return { status: "paused", error: lossDiverged(s.doc, s.lossNodeId, s.startLoss, loss, s.step, s.lr) };
  s.lr = learningRateAt(s.training.optimizer.lr, s.training.schedule, s.step);
  s.optimizer.lr = s.lr;
  s.optimizer.step();
  s.step++;
  return undefined;
}

/**
 * The neural bigram trained by its exact count-matrix route: the graph, the initial weights
 * (`@nudge/model-spec`'s `initialWeights`), the loss and the optimiser are the layer graph's, but each
 * full-batch step costs O(V²) (see `bigramLossGrad`), so it reaches the counting optimum in a moment.
 */
export function createBigramSession(
  doc: TrainDoc,
  spec: ModelSpec,
  lossNodeId: string,
  data: TextData,
  resume?: Resume,
): { session: Session; parameters: number } {
  const size = data.vocab.size;
  const w = kernel(spec, doc.training.seed);
  const grad = new Float64Array(w.length);
  const train = countTable(data.words.train, data.vocab);
  const dev = data.words.dev.length > 0 ? countTable(data.words.dev, data.vocab) : undefined;
  const s: BigramState = {
    ...{ doc, spec, lossNodeId, size, w, grad, training: doc.training, step: 0, lr: doc.training.optimizer.lr },
    counts: dev ? { train, dev } : { train },
    optimizer: createOptimizer(doc.training.optimizer, w, grad),
    startLoss: NaN,
  };
  if (resume && resume.params.length === w.length && resume.params.every(Number.isFinite)) {
    w.set(resume.params);
    s.step = resume.step;
  }
  const report = createTextReport(data);
  const yielder = createYield();
  let running = false;
  const model = {
    evaluate: () => {
      const trainLoss = bigramLossGrad(s.w, s.counts.train, size, s.training.l2);
      return s.counts.dev ? { train: trainLoss, dev: bigramLossGrad(s.w, s.counts.dev, size) } : { train: trainLoss };
    },
    next: (context: readonly number[]) => {
      const prev = context[context.length - 1]!;
      return softmax(s.w.subarray(prev * size, (prev + 1) * size));
    },
  };
  const session: Session = {
    name: "the neural bigram",
    get step() {
      return s.step;
    },
    get training() {
      return s.training;
    },
    // Every step is full-batch, so an epoch is one step; the rows are the training pairs.
    rows: data.train.targets.length,
    async run(control: RunControl) {
      running = true;
      try {
        for (;;) {
          const until = control.stopAt();
          const t0 = performance.now();
          while (!control.aborted && (until === undefined || s.step < until) && performance.now() - t0 < 15) {
            const halt = stepOnce(s);
            if (halt) return halt;
          }
          control.progress();
          if (control.aborted || (until !== undefined && s.step >= until)) return undefined;
          await new Promise<void>((resolve) => yielder.next(resolve));
        }
      } finally {
        running = false;
      }
    },
    reset(reseed) {
      if (reseed !== undefined && reseed !== false)
        s.training = { ...s.training, seed: typeof reseed === "number" ? reseed : s.training.seed + 1 };
      s.w.set(kernel(spec, s.training.seed));
      s.optimizer = createOptimizer(s.training.optimizer, s.w, s.grad);
      s.step = 0;
      s.startLoss = NaN;
      report.clear();
    },
    update(training) {
      if (training.optimizer.kind !== s.training.optimizer.kind)
        s.optimizer = createOptimizer(training.optimizer, s.w, s.grad);
      s.training = training;
    },
    snapshot: (view: ViewSettings) => ({
      step: s.step,
      learningRate: s.lr,
      nodes: {},
      edges: {},
      params: Float64Array.from(s.w),
      ...report.part(model, s.step, s.training.seed, running, view),
    }),
    async findLearningRate(sweep): Promise<LearningRateFinding> {
      const copy = kernel(spec, s.training.seed);
      const g = new Float64Array(copy.length);
      const optimizer = createOptimizer(s.training.optimizer, copy, g);
      const exponents: number[] = [];
      const losses: number[] = [];
      for (let k = 0; k < sweep.steps; k++) {
        const exponent = sweep.from + ((sweep.to - sweep.from) * k) / (sweep.steps - 1);
        const loss = bigramLossGrad(copy, s.counts.train, size, s.training.l2, g);
        if (!Number.isFinite(loss)) break;
        exponents.push(exponent);
        losses.push(loss);
        optimizer.lr = 10 ** exponent;
        optimizer.step();
      }
      return { ok: true, exponents, losses };
    },
    dispose() {
      yielder.dispose();
    },
  };
  return { session, parameters: w.length };
}
