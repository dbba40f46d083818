import type {
  GlmResult,
  LearningRateFinding,
  LearningRateSweep,
  LoadResult,
  OpCursor,
  OpDirection,
  ParamEdits,
  Problem,
  Resume,
  Snapshot,
  TrainDoc,
  TrainerStatus,
  TrainingSettings,
  ViewSettings,
} from "../protocol.js";

/** Why a run stopped on its own, and where (NaN, divergence, an internal error). */
export interface Halt {
  status: TrainerStatus;
  error?: Problem;
}

/** How the worker steers a run. */
export interface RunControl {
  /** The step to stop at, read before every step (it may change while running); undefined: until aborted. */
  stopAt(): number | undefined;
  /** Set by pause, reset and load: stop at the next step. */
  readonly aborted: boolean;
  /** Call after each step or chunk of steps (rate and snapshots). */
  progress(): void;
}

/** What a session puts in a snapshot; the worker adds `seq`, `status`, `stepsPerSecond`, `stoppedAt` and `error`. */
export type SnapshotPart = Omit<Snapshot, "seq" | "status" | "stepsPerSecond" | "stoppedAt" | "error">;

/**
 * One loaded document being trained: the only thing the worker api talks to. A new kind of model
 * (a language-model session, say) implements this and registers a {@link SessionKind} in `sessions.ts`.
 */
export interface Session {
  /** What it trains, for messages ("a layer graph"). */
  readonly name: string;
  /** Optimiser steps since load or reset. */
  readonly step: number;
  readonly training: TrainingSettings;
  /** Training rows (0 for an expression): what an epoch of the stop condition counts. */
  readonly rows: number;
  /** Train until `control` says stop; resolves with a halt when training stopped itself. Yields to the message loop. */
  run(control: RunControl): Promise<Halt | undefined>;
  /** Back to step 0 with the initial weights, or new ones when `reseed` (true: seed + 1, or a seed). */
  reset(reseed?: boolean | number): void;
  /** New training settings, already checked against `@nudge/graph`'s schema; throws a RuntimeError if this session cannot take them. */
  update(training: TrainingSettings): void;
  snapshot(view: ViewSettings): SnapshotPart;
  /** Walk one op of the focus sample's forward-then-backward pass (sessions with an op tape). */
  stepOp?(direction: OpDirection, focus: number | undefined): OpCursor;
  /** Set trainable numbers by hand (sessions with named parameters). */
  setParams?(edits: ParamEdits): void;
  /** The trained model beside its GLM's statistical fit (one-neuron graphs). */
  fitGlm?(): GlmResult;
  /** A learning-rate sweep from fresh weights, leaving the session's own training as it was (layer graphs). */
  findLearningRate?(sweep: Required<LearningRateSweep>): Promise<LearningRateFinding>;
  dispose(): void;
}

/** What opening a document gives: a session, or the problems that stop it. */
export type Opened = { result: LoadResult & { ok: true }; session: Session } | { result: LoadResult & { ok: false } };

/** Options every session kind receives. */
export interface SessionOptions {
  /** Milliseconds of training between yields to the message loop. */
  chunkMs: number;
  /** Where a restarted worker continues (sessions that can restore parameters). */
  resume?: Resume;
}

/** A registered kind of session: which documents it trains and how to open one (it may load code lazily). */
export interface SessionKind {
  accepts(doc: TrainDoc): boolean;
  open(doc: TrainDoc, options: SessionOptions): Promise<Opened>;
}
