export { createTrainer } from "./client/create-trainer.js";
export type { Trainer, TrainerOptions } from "./client/create-trainer.js";
export type { BrowserWorkerLike, TrainerWorker, WorkerConnection } from "./client/connect.js";
export { RuntimeError, runtimeErrors } from "./errors.js";
export type { RuntimeErrorCode } from "./errors.js";
export type {
  Boundary,
  Diagnostics,
  HistogramData,
  LayerDiagnostics,
  EdgeState,
  GlmCoefficients,
  GlmComparison,
  GlmResult,
  GlmSide,
  LayerStats,
  LearningRateFinding,
  LearningRateSweep,
  LoadResult,
  NodeState,
  OpCursor,
  OpDirection,
  OptimizerSettings,
  ParamEdits,
  Predictions,
  Problem,
  Resume,
  ScheduleSettings,
  SettingsPatch,
  Snapshot,
  SnapshotListener,
  TrainDoc,
  TrainerStatus,
  TrainingSettings,
  ViewSettings,
  WorkerApi,
} from "./protocol.js";
