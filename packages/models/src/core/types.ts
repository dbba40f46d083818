/** Counts of values in equal-width bins over [min, max]. */
export interface Histogram {
  min: number;
  max: number;
  counts: number[];
}

/** Summary of one tensor: mean, standard deviation and histogram. */
export interface TensorSummary {
  mean: number;
  std: number;
  histogram: Histogram;
}

/** Per-layer diagnostics (makemore part 3): activations, their gradients, and weight updates. */
export interface LayerStats {
  name: string;
  activation?: TensorSummary & { saturation?: number };
  gradient?: TensorSummary;
  /** Set when the histograms read an evenly strided sample of the batch's values (a layer with thousands of units). */
  sampled?: { used: number; of: number };
  /** Per weight tensor: data std, gradient std, and log10(std(update) / std(data)). */
  weights: { name: string; std: number; gradStd: number; updateToData: number }[];
}

/** What the training loop reports after each step. */
export interface StepInfo {
  step: number;
  loss: number;
  learningRate: number;
  /** Present on steps where `statsEvery` asks for diagnostics. */
  layers?: LayerStats[];
  /** Present on steps where `metricsEvery` asks for them (e.g. `trainLoss`, `trainAccuracy`). */
  metrics?: Record<string, number>;
}

/** A constant learning rate, or one per step (`step` counts from 0). */
export type LearningRate = number | ((step: number, steps: number) => number);

/** Options shared by every zoo entry's `fit`. */
export interface FitOptions {
  /** Number of optimisation steps (default per entry). */
  steps?: number;
  /** Examples per step; omitted: the entry's default ("all" = full batch). */
  batchSize?: number | "all";
  learningRate?: LearningRate;
  optimizer?: "sgd" | "adam";
  /** L2 penalty on weights (not biases). */
  l2?: number;
  /** Seed for minibatch sampling and dropout. */
  seed?: number;
  /**
   * The training rows of step `step` (indices into the data), instead of drawing them from `seed`:
   * e.g. `@nudge/datasets`' `minibatch`, so a caller that trains in pieces gets its own sampler's batches.
   */
  batchRows?: (step: number) => ArrayLike<number>;
  /**
   * Keep the optimiser state (Adam's moments and step count) for the next `fit` with `resume`, and
   * continue from the one a previous such fit kept (same optimiser): pieces train as one long run.
   */
  resume?: boolean;
  /** Stop early (an `AbortSignal`): the loop checks it before each step. */
  signal?: { readonly aborted: boolean };
  /** Called after every step. */
  onStep?: (info: StepInfo) => void;
  /** Compute {@link LayerStats} every this many steps (0 = never). */
  statsEvery?: number;
  /** Evaluate the entry's metrics on the whole training set every this many steps (0 = never). */
  metricsEvery?: number;
}

/** The outcome of `fit`. */
export interface FitResult {
  steps: number;
  /** Loss of the last step (the minibatch loss). */
  loss: number;
  aborted: boolean;
  /** Loss after each step. */
  losses: number[];
}
