import { proxy, releaseProxy, wrap, type Remote } from "comlink";
import { RuntimeError, runtimeErrors, type RuntimeErrorCode } from "../errors.js";
import type {
  GlmResult,
  LearningRateFinding,
  LoadResult,
  Resume,
  SettingsPatch,
  Snapshot,
  SnapshotListener,
  TrainDoc,
  WorkerApi,
} from "../protocol.js";
import { connect, type Connection, type TrainerWorker } from "./connect.js";
import { checkPatch, mergePatch, viewPart } from "./patch.js";

/** Options of {@link createTrainer}. */
export interface TrainerOptions {
  /** Starts a training worker; called again to restart after a crash. */
  worker: () => TrainerWorker;
  /** Upper bound on snapshots per second (default 30). */
  maxSnapshotsPerSecond?: number;
  /** Called when the worker crashes, closes itself or stops answering (pending calls are rejected with the same error). */
  onCrash?: (error: RuntimeError) => void;
  /**
   * Milliseconds a new worker and `load(doc)` may take to answer (default 30000); a worker that does not
   * is stopped and reported like a crash (`WORKER_TIMEOUT`). Training calls (`step`, `play`) have no limit.
   */
  answerTimeoutMs?: number;
}

/**
 * The main-thread handle on a training worker (instance pattern: create, use, destroy): the worker's
 * verbs ({@link WorkerApi}), with `step` calls queued, `subscribe` answered on this thread, and the
 * trainer's own lifecycle.
 */
export interface Trainer extends Omit<WorkerApi, "step" | "subscribe"> {
  /**
   * Train `n` steps (default 1) and resolve with the snapshot after them. Calls queue: 100 calls of
   * `step(10)` train 1000 steps. `pause()`, `reset()`, `load()`, `restart()` and a crash stop the running call
   * and drop queued ones, which resolve with the latest snapshot (after a crash, its report) without training.
   */
  step(n?: number): Promise<Snapshot | undefined>;
  /** Listen to snapshots; returns the unsubscribe function. */
  subscribe(listener: SnapshotListener): () => void;
  /** The latest snapshot received (or the crash report). */
  getSnapshot(): Snapshot | undefined;
  /** Start a fresh worker with the last document, settings and parameters. */
  restart(): Promise<LoadResult | undefined>;
  /** Terminate the worker and reject pending calls; the trainer cannot be used afterwards. */
  destroy(): void;
}

interface Live {
  connection: Connection;
  remote: Remote<WorkerApi>;
  pending: Set<(error: Error) => void>;
  failed?: Error;
}

const DEFAULT_ANSWER_TIMEOUT_MS = 30_000;

/** An error the worker threw, as a RuntimeError again when it was one there. */
function revive(error: unknown): unknown {
  const e = error as { name?: string; code?: RuntimeErrorCode; message?: string; nodeId?: string };
  if (error instanceof RuntimeError || e?.name !== "RuntimeError" || typeof e.code !== "string") return error;
  return new RuntimeError(e.code, e.message ?? "", e.nodeId);
}

const emptySnapshot: Snapshot = {
  seq: 0,
  step: 0,
  status: "error",
  loss: NaN,
  learningRate: 0,
  stepsPerSecond: 0,
  nodes: {},
  edges: {},
  params: new Float64Array(0),
};

/**
 * Create a trainer that runs a document in a worker and streams snapshots back.
 *
 * @example
 * const trainer = createTrainer({ worker: () => new Worker(new URL("./train.worker.ts", import.meta.url), { type: "module" }) });
 * const off = trainer.subscribe((s) => draw(s));
 * await trainer.load(doc);
 * await trainer.play();
 */
export function createTrainer(options: TrainerOptions): Trainer {
  if (typeof options?.worker !== "function") throw new RuntimeError("WORKER_MISSING", runtimeErrors.WORKER_MISSING());
  const listeners = new Set<SnapshotListener>();
  const answerTimeoutMs = options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
  if (!(typeof answerTimeoutMs === "number" && answerTimeoutMs > 0 && answerTimeoutMs < 2 ** 31)) {
    throw new RuntimeError(
      "BAD_PARAM",
      runtimeErrors.BAD_PARAM("answerTimeoutMs", "must be a number of milliseconds > 0"),
    );
  }
  let live: Live | undefined;
  let spawning: Live | undefined;
  let starting: Promise<Live> | undefined;
  let steps: Promise<unknown> = Promise.resolve();
  let stepEpoch = 0;
  let destroyed = false;
  let lastDoc: TrainDoc | undefined;
  let lastResume: Resume | undefined;
  let patch: SettingsPatch =
    options.maxSnapshotsPerSecond === undefined ? {} : { maxSnapshotsPerSecond: options.maxSnapshotsPerSecond };
  let last: Snapshot | undefined;
  let lastLoad: LoadResult | undefined;

  const emit = (snapshot: Snapshot) => {
    last = snapshot;
    for (const l of listeners) l(snapshot);
  };

  /** Stop a worker for good: reject its pending calls with `error` and terminate it (its thread ends). */
  function retire(target: Live, error: Error): void {
    if (target.failed) return;
    target.failed = error;
    for (const reject of target.pending) reject(error);
    target.pending.clear();
    target.connection.terminate();
    if (live === target) live = undefined;
  }

  function crash(target: Live, error: RuntimeError): void {
    if (target.failed) return;
    retire(target, error);
    if (destroyed) return;
    stepEpoch += 1;
    emit({ ...(last ?? emptySnapshot), status: "error", error: { code: error.code, message: error.message } });
    options.onCrash?.(error);
  }

  async function spawn(): Promise<Live> {
    let connection: Connection;
    try {
      connection = connect(options.worker());
    } catch (error) {
      throw new RuntimeError(
        "WORKER_START",
        runtimeErrors.WORKER_START(error instanceof Error ? error.message : String(error)),
      );
    }
    const target: Live = { connection, remote: wrap<WorkerApi>(connection.endpoint), pending: new Set() };
    spawning = target;
    connection.onFailure((detail) =>
      crash(target, new RuntimeError("WORKER_CRASHED", runtimeErrors.WORKER_CRASHED(detail))),
    );
    const guard = <T>(p: Promise<T>, what: string) => race(target, p, what);
    try {
      await guard(
        target.remote.subscribe(
          proxy((s: Snapshot) => {
            if (!target.failed && !destroyed) emit(s);
          }),
        ),
        "when it started",
      );
      if (Object.keys(patch).length > 0) await guard(target.remote.update(patch), "update()");
      if (lastDoc) {
        const resume = last && last.params.length > 0 ? { params: last.params, step: last.step } : lastResume;
        lastLoad = await guard<LoadResult>(target.remote.load(lastDoc, resume), "load(doc)");
        if (Object.keys(patch).length > 0) await guard(target.remote.update(patch), "update()");
      }
      return target;
    } catch (error) {
      retire(target, error instanceof Error ? error : new Error(String(error)));
      throw error;
    } finally {
      if (spawning === target) spawning = undefined;
    }
  }

  /** Settles with `p`, or rejects when the worker fails; with `what`, a worker silent for `answerTimeoutMs` counts as crashed. */
  function race<T>(target: Live, p: Promise<T>, what?: string): Promise<T> {
    if (target.failed) return Promise.reject(target.failed);
    return new Promise<T>((resolve, reject) => {
      const timer =
        what === undefined
          ? undefined
          : setTimeout(() => {
              crash(target, new RuntimeError("WORKER_TIMEOUT", runtimeErrors.WORKER_TIMEOUT(what, answerTimeoutMs)));
            }, answerTimeoutMs);
      const settle = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      target.pending.add(settle);
      p.then(resolve, (e: unknown) => reject(revive(e))).finally(() => {
        clearTimeout(timer);
        target.pending.delete(settle);
      });
    });
  }

  async function ensure(): Promise<Live> {
    if (destroyed) throw new RuntimeError("DESTROYED", runtimeErrors.DESTROYED());
    if (live && !live.failed) return live;
    starting ??= spawn().then(
      (t) => {
        starting = undefined;
        if (destroyed) {
          t.connection.terminate();
          throw new RuntimeError("DESTROYED", runtimeErrors.DESTROYED());
        }
        if (!t.failed) live = t;
        return t;
      },
      (e) => {
        starting = undefined;
        throw e;
      },
    );
    return starting;
  }

  const call = async <T>(fn: (remote: Remote<WorkerApi>) => Promise<T>, what?: string): Promise<T> => {
    const target = await ensure();
    return race(target, fn(target.remote), what);
  };

  /** Queued steps that have not started are dropped (they resolve with the latest snapshot). */
  const dropQueuedSteps = () => void (stepEpoch += 1);

  return {
    async load(doc, resume) {
      dropQueuedSteps();
      lastDoc = doc;
      lastResume = resume;
      last = undefined;
      patch = viewPart(patch);
      const result = await call<LoadResult>((r) => r.load(doc, resume), "load(doc)");
      lastLoad = result;
      return result;
    },
    play: () => call((r) => r.play()),
    pause() {
      dropQueuedSteps();
      return call((r) => r.pause());
    },
    step(n) {
      const epoch = stepEpoch;
      const run = steps.then(() => (epoch === stepEpoch || destroyed ? call((r) => r.step(n)) : last));
      steps = run.catch(() => undefined);
      return run;
    },
    stepOp: (direction) => call((r) => r.stepOp(direction)),
    reset(reseed) {
      dropQueuedSteps();
      return call((r) => r.reset(reseed));
    },
    async update(next) {
      checkPatch(next);
      await call((r) => r.update(next));
      patch = mergePatch(patch, next);
    },
    setParams: (values) => call((r) => r.setParams(values)),
    fitGlm: () => call<GlmResult>((r) => r.fitGlm()),
    findLearningRate: (sweep) => call<LearningRateFinding>((r) => r.findLearningRate(sweep)),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => last,
    async restart() {
      dropQueuedSteps();
      if (live) retire(live, new RuntimeError("WORKER_CRASHED", runtimeErrors.WORKER_CRASHED("restarted on request")));
      await ensure();
      return lastLoad;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      dropQueuedSteps();
      listeners.clear();
      const error = new RuntimeError("DESTROYED", runtimeErrors.DESTROYED());
      if (live) live.remote[releaseProxy]();
      for (const target of [live, spawning]) if (target) retire(target, error);
    },
  };
}
