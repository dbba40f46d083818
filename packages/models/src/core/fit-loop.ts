import * as tf from "@tensorflow/tfjs";
import { createRng } from "@nudge/datasets";
import { modelError } from "../errors.js";
import type { ForwardContext, RuntimeLayer } from "./layer.js";
import { createOptimizer, type Optimizer } from "./optimizer.js";
import { collectLayerStats, stdOf } from "./layer-stats.js";
import type { FitOptions, FitResult, LearningRate } from "./types.js";

/** What an entry gives the shared loop: its variables, a loss for a step, and defaults. */
export interface LoopSpec {
  params: tf.Variable[];
  /** Built layers, for per-layer stats (optional). */
  layers?: readonly RuntimeLayer[];
  /** The loss of step `step` (sample the minibatch with `random`); runs inside a gradient scope. */
  loss(step: number, ctx: ForwardContext, random: () => number): tf.Scalar;
  defaults: { steps: number; learningRate: LearningRate; optimizer: "sgd" | "adam" };
  /**
   * A tape-free SGD step that updates `params` itself and returns the loss (same minibatch draws as
   * `loss`); used for plain SGD without L2 on steps without diagnostics.
   */
  direct?: (learningRate: number, random: () => number) => tf.Scalar;
  /** Whole-data metrics, computed on `metricsEvery` steps. */
  metrics?: () => Record<string, number>;
  /** Where a model keeps its optimiser between fits (for `resume`); the model disposes it. */
  kept?: { optimizer?: { kind: "sgd" | "adam"; value: Optimizer } };
}

/** The optimiser of a fit: the kept one when resuming with the same kind, else a new one (kept when resuming). */
function optimizerFor(loop: LoopSpec, kind: "sgd" | "adam", resume: boolean): Optimizer {
  const kept = loop.kept;
  if (!kept || !resume) return createOptimizer(kind, loop.params);
  if (kept.optimizer?.kind === kind) return kept.optimizer.value;
  kept.optimizer?.value.dispose();
  kept.optimizer = { kind, value: createOptimizer(kind, loop.params) };
  return kept.optimizer.value;
}

const timers = globalThis as unknown as {
  setTimeout(callback: () => void, ms: number): unknown;
  setImmediate?: (callback: () => void) => unknown;
};
// Node's setImmediate lets messages and abort signals in without setTimeout's ≥1 ms floor.
const yieldNow = () =>
  new Promise<void>((resolve) => (timers.setImmediate ? timers.setImmediate(resolve) : timers.setTimeout(resolve, 0)));

const rate = (lr: LearningRate, step: number, steps: number) => (typeof lr === "number" ? lr : lr(step, steps));

/** Run SGD/Adam for `options.steps`, one tidy scope per step, yielding to the event loop every ~20 ms. */
export async function runFit(loop: LoopSpec, options: FitOptions = {}): Promise<FitResult> {
  const steps = options.steps ?? loop.defaults.steps;
  const lr = options.learningRate ?? loop.defaults.learningRate;
  const kind = options.optimizer ?? loop.defaults.optimizer;
  const optimizer = optimizerFor(loop, kind, options.resume ?? false);
  const rng = createRng(options.seed ?? 0);
  const random = () => rng.next();
  const l2 = options.l2 ?? 0;
  const direct = kind === "sgd" && l2 === 0 ? loop.direct : undefined;
  const losses: number[] = [];
  let lastYield = Date.now();
  let aborted = false;
  try {
    for (let step = 0; step < steps; step++) {
      if (options.signal?.aborted) {
        aborted = true;
        break;
      }
      const learningRate = rate(lr, step, steps);
      const wantStats = !!options.statsEvery && step % options.statsEvery === 0 && !!loop.layers;
      const ctx: ForwardContext = { training: true, random, record: wantStats ? [] : undefined };
      let ratios: number[] | undefined;
      let grads: tf.NamedTensorMap = {};
      let dataStds = new Map<string, number>();
      const lossTensor = tf.tidy(() => {
        if (direct && !wantStats) return direct(learningRate, random);
        const result = tf.variableGrads(() => {
          const base = loop.loss(step, ctx, random);
          if (l2 === 0) return base;
          const penalty = loop.params.filter((p) => p.rank > 1).map((p) => tf.sum(tf.square(p)));
          return penalty.length ? base.add(tf.addN(penalty).mul(l2)) : base;
        }, loop.params);
        if (wantStats) {
          grads = Object.fromEntries(Object.entries(result.grads).map(([k, g]) => [k, tf.keep(g.clone())]));
          // gradient:data reads the weights the gradient was taken at, before this step's update
          dataStds = new Map(loop.params.map((p) => [p.name, stdOf(p.dataSync())]));
        }
        ratios = optimizer.apply(result.grads, learningRate, wantStats);
        return result.value;
      });
      const loss = lossTensor.dataSync()[0]!;
      lossTensor.dispose();
      if (!Number.isFinite(loss)) throw modelError("LOSS_NOT_FINITE", step);
      losses.push(loss);
      const layers = wantStats ? collectLayerStats(loop.layers!, ctx, grads, ratios!, dataStds) : undefined;
      const metrics =
        options.metricsEvery && loop.metrics && step % options.metricsEvery === 0 ? loop.metrics() : undefined;
      options.onStep?.({ step, loss, learningRate, layers, metrics });
      if (Date.now() - lastYield > 20) {
        await yieldNow();
        lastYield = Date.now();
      }
    }
  } finally {
    if (loop.kept?.optimizer?.value !== optimizer) optimizer.dispose();
  }
  return { steps: losses.length, loss: losses[losses.length - 1] ?? NaN, aborted, losses };
}
