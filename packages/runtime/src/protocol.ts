/**
 * The worker seam: message and snapshot types shared by the trainer client, the worker and the
 * editor. Types only, no values (the UI imports from here with `import type`).
 */
import type { GraphDoc, OptimizerSettings, ScheduleSettings, TrainingPatch, TrainingSettings } from "@nudge/graph";

/** The document the worker trains: an `@nudge/graph` GraphDoc. */
export type TrainDoc = GraphDoc;

/** Training settings are a GraphDoc's `training`: defaults and bounds are `@nudge/graph`'s. */
export type { OptimizerSettings, ScheduleSettings, TrainingSettings };

/** Settings that shape what the worker sends and how fast it goes, not what it trains. */
export interface ViewSettings {
  /**
   * Upper bound on optimiser steps per second (default Infinity: as fast as the worker goes). A few
   * a second shows gradient flow step by step: every step then gets its own snapshot.
   */
  maxStepsPerSecond: number;
  /** Upper bound on snapshots per second (default 30). */
  maxSnapshotsPerSecond: number;
  /** Decision-boundary grid side for 2-D inputs (default 40, 0 = none). */
  boundaryResolution: number;
  /** Per-node output map side for 2-D inputs (default 16, 0 = none). */
  nodeMapResolution: number;
  /** Index of the focus sample whose node values are shown (default: doc.focus or 0). */
  focus?: number;
  /** Temperature of the words sampled from a language model (default 1; below 1 sharper, above 1 flatter). */
  sampleTemperature?: number;
}

/** What `update()` accepts: any part of the training settings (checked by `@nudge/graph`'s `patchTraining`), view settings, or both. */
export interface SettingsPatch extends TrainingPatch, Partial<ViewSettings> {}

/** A located problem: what is wrong and which node or edge it concerns. */
export interface Problem {
  code: string;
  message: string;
  nodeId?: string;
  /** The node's name as the learner sees it (its label, else its id); set with `nodeId` on NON_FINITE reports. */
  nodeName?: string;
  edgeId?: string;
}

/** Result of `load(doc)`: ready to train, or the problems that stop it (never a throw). */
export type LoadResult =
  { ok: true; parameters: number; samples: number; nodes: number } | { ok: false; problems: Problem[] };

/** The worker status. "error" means the document cannot run until it is reloaded. */
export type TrainerStatus = "idle" | "running" | "paused" | "error";

/** Advance (`"forward"`) or retreat (`"back"`) one op along the forward-then-backward schedule. */
export type OpDirection = "forward" | "back";

/** Where the op-by-op walk stands. */
export interface OpCursor {
  /** Ops done so far, 0..total; forward ops come first, then backward ops. */
  index: number;
  total: number;
  phase: "forward" | "backward" | "done" | "start";
  /** The doc node the last op computed (value in the forward phase, gradient in the backward phase). */
  nodeId?: string;
}

/** Value and gradient of one doc node (focus sample; `null` while an op walk has not reached it). */
export interface NodeState {
  value: number | null;
  grad: number | null;
  /** Mean over the current batch (absent in expression mode). */
  meanValue?: number;
  meanGrad?: number;
  /** The trainable number the node owns: a neuron's bias or a parameter's value. */
  param?: number;
  /** d loss / d param (batch gradient). */
  paramGrad?: number;
}

/** Weight and gradient of one doc edge (edges into neurons carry weights). */
export interface EdgeState {
  weight: number;
  grad: number;
}

/** Statistics of one layer of neurons (for histograms and the update-to-data ratio). */
export interface LayerStats {
  nodeIds: string[];
  activationMean: number;
  activationStd: number;
  /** Fraction of |tanh| > 0.97 (or relu == 0) activations. */
  saturated: number;
  gradMean: number;
  gradStd: number;
  /** std(lr × grad) / std(weights) for the weights into this layer. */
  updateRatio: number;
}

/** A histogram: counts per equal-width bin over [min, max] (transferred). */
export interface HistogramData {
  min: number;
  max: number;
  counts: Float32Array;
}

/** One layer's diagnostics, from its real outputs on a training batch (layer graphs). */
export interface LayerDiagnostics {
  /** The layer's node. */
  nodeId: string;
  /** The model-spec layer type: "dense", "batchnorm", "activation", … */
  type: string;
  /** The activation it ends in (e.g. "tanh"), if any. */
  activation?: string;
  /** Its outputs over the batch (batch × units). */
  activations: HistogramData & { mean: number; std: number };
  /** Share of outputs with |tanh| above `Diagnostics.saturationThreshold` (tanh layers only). */
  saturated?: number;
  /** ∂loss/∂output over the batch. */
  gradients?: HistogramData & { mean: number; std: number };
  /** std(∂loss/∂W) / std(W) of its kernel (layers with one). */
  gradToData?: number;
  /** The histograms read an evenly strided sample of `of` values (a layer with thousands of units). */
  sampled?: { used: number; of: number };
}

/** Per-layer diagnostics of makemore part 3, computed in the worker on one training batch. */
export interface Diagnostics {
  /** The step whose batch they come from. */
  step: number;
  /** |tanh| above this counts as saturated (0.97): the same number for figures and captions. */
  saturationThreshold: number;
  layers: LayerDiagnostics[];
  /**
   * log10(std(update) / std(W)) of each kernel over time (the lecture's guide: about −3): `steps[j]`, and
   * `ratios[i * steps.length + j]` for `nodeIds[i]`.
   */
  updates: { nodeIds: string[]; steps: Float32Array; ratios: Float32Array };
}

/**
 * Model outputs over the input space: for 2-D inputs a `size × size` grid (row-major, rows go up
 * in y, columns in x, cell centres); for 1-D inputs the prediction curve, `size` values over xRange.
 */
export interface Boundary {
  size: number;
  dims: 1 | 2;
  /** "score": the (first) output's value; "class": the predicted class index (several outputs). */
  kind: "score" | "class";
  xRange: [number, number];
  yRange: [number, number];
  values: Float32Array;
}

/**
 * Per-example predictions, in the worker's row order: `train[i]` is for the i-th training row
 * (the data set's rows after the seeded train/test split, as `trainTestSplit` returns them),
 * `test[i]` for the i-th test row (empty without a test split). Classification: the predicted class
 * index (argmax of several outputs; one output: its sign for max-margin, above 0.5 otherwise),
 * consistent with `trainAccuracy`/`testAccuracy`. Regression: the predicted value (first output).
 */
export interface Predictions {
  train: Float32Array;
  test: Float32Array;
}

/** The state the worker streams to the UI, at most `maxSnapshotsPerSecond` times a second. */
export interface Snapshot {
  /** Increases with every snapshot, so a receiver can tell order and loss of snapshots. */
  seq: number;
  step: number;
  status: TrainerStatus;
  loss: number;
  testLoss?: number;
  /** Text data: the loss on the dev words (the split's middle part, as makemore's `Xdev`). */
  devLoss?: number;
  /** Text data: words sampled from the model (seeded by training seed and step), refreshed every few seconds while training. */
  samples?: string[];
  trainAccuracy?: number;
  testAccuracy?: number;
  learningRate: number;
  stepsPerSecond: number;
  /**
   * The step where Play paused on its own at the document's stop condition (`training.stopAfter`,
   * see `@nudge/graph`'s `stopStep`); absent once training runs again. Play then continues for as many steps again.
   */
  stoppedAt?: number;
  nodes: Record<string, NodeState>;
  edges: Record<string, EdgeState>;
  layerStats?: LayerStats[];
  /** Layer graphs: per-layer histograms, saturation, gradient:data and update:data ratios (throttled with snapshots). */
  diagnostics?: Diagnostics;
  /** Per-example predictions for the train and test rows (graphs with data and outputs; sent as transferables). */
  predictions?: Predictions;
  boundary?: Boundary;
  /** Per-node output maps over the same plane as `boundary`, `nodeMapSize²` values each. */
  nodeMaps?: Record<string, Float32Array>;
  nodeMapSize?: number;
  /** All trainable parameters (lets a restarted worker continue where the last one stopped). */
  params: Float64Array;
  op?: OpCursor;
  /**
   * Why training stopped: compile problems, a crashed worker, or `NON_FINITE` when a value or
   * gradient became NaN or infinite or the loss diverged (see the runtime README), with the node's
   * `nodeId` and `nodeName`.
   */
  error?: Problem;
}

/** Called with each snapshot. */
export type SnapshotListener = (snapshot: Snapshot) => void;

/** Hand edits: new values for edge weights (by edge id) and node-owned numbers (bias or parameter value, by node id). */
export interface ParamEdits {
  edges?: Record<string, number>;
  nodes?: Record<string, number>;
}

/** Where a restarted worker continues: the parameters and step of the last snapshot. */
export interface Resume {
  params: Float64Array;
  step: number;
}

/** An intercept and one slope per feature (a neuron's bias and its weights, in feature order). */
export interface GlmCoefficients {
  intercept: number;
  weights: number[];
}

/** One side of a GLM comparison: coefficients and how well they fit the training rows. */
export interface GlmSide extends GlmCoefficients {
  deviance: number;
  /** With every constant (the Poisson one includes −Σ log yᵢ!). */
  logLikelihood: number;
}

/** The trained neuron beside the GLM fitted by IRLS (`@nudge/models`) on the same training rows. */
export interface GlmComparison {
  family: "gaussian" | "binomial" | "poisson";
  /** E.g. "Poisson regression". */
  regression: string;
  /** The GLM's link: "identity", "logit" or "log" (the neuron's activation is its inverse). */
  link: string;
  /** Feature names in coefficient order. */
  features: string[];
  rows: number;
  step: number;
  neuron: GlmSide;
  glm: GlmSide & { standardErrors: GlmCoefficients; iterations: number };
  /** Largest |neuron − GLM| over intercept and weights. */
  maxDifference: number;
  tolerance: number;
  agrees: boolean;
}

/** `fitGlm()`'s answer: the comparison, or why this graph is not a GLM (never a throw). */
export type GlmResult = { ok: true; comparison: GlmComparison } | { ok: false; reason: string };

/** A learning-rate sweep (makemore 2): one minibatch step per rate, 10^from … 10^to evenly in the exponent, from fresh weights. */
export interface LearningRateSweep {
  /** Exponent of the first rate (default −3). */
  from?: number;
  /** Exponent of the last rate (default 0). */
  to?: number;
  /** Steps, one rate each (default 1000). */
  steps?: number;
}

/** `findLearningRate()`'s answer: each step's exponent and minibatch loss (until the loss blew up), or why not. */
export type LearningRateFinding = { ok: true; exponents: number[]; losses: number[] } | { ok: false; reason: string };

/** The api the worker exposes through comlink (what `createTrainer` calls; its `Trainer` adds to it). */
export interface WorkerApi {
  /** Compile and load a document in the worker; problems come back located, never thrown. `resume` continues a kept run (same document only). */
  load(doc: TrainDoc, resume?: Resume): Promise<LoadResult>;
  /** Train continuously (in chunks that leave the worker responsive) until paused or stopped by NaN. */
  play(): Promise<void>;
  /** Stop training after the current chunk; the next snapshot says "paused". */
  pause(): Promise<void>;
  /** Train `n` steps (default 1) and resolve with the snapshot after them. */
  step(n?: number): Promise<Snapshot | undefined>;
  /** Walk one op forward or back through the forward-then-backward pass of the focus sample. */
  stepOp(direction: OpDirection): Promise<OpCursor | undefined>;
  /** Back to step 0 with the same initial weights, or new ones when `reseed` (true or a seed). */
  reset(reseed?: boolean | number): Promise<Snapshot | undefined>;
  /** Change training or view settings without reloading; anything but an object of known fields is refused (`BAD_PARAM`). */
  update(patch: SettingsPatch): Promise<void>;
  /** Send every snapshot to `listener` (a comlink proxy). */
  subscribe(listener: SnapshotListener): Promise<void>;
  /** Set edge weights, biases or parameter values by hand (neuron and expression graphs) without reloading. */
  setParams(values: ParamEdits): Promise<void>;
  /** The trained one-neuron graph beside its GLM fitted by IRLS on the same rows (or why it is not a GLM). */
  fitGlm(): Promise<GlmResult>;
  /** Sweep the learning rate over fresh weights of the loaded layer graph (training state is untouched). */
  findLearningRate(sweep?: LearningRateSweep): Promise<LearningRateFinding>;
}
