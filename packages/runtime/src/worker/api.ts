import { transfer } from "comlink";
import { problem, RuntimeError, runtimeErrors } from "../errors.js";
import type { LoadResult, OpCursor, ParamEdits, OpDirection, Problem, Resume, SettingsPatch, Snapshot, SnapshotListener, TrainDoc, TrainerStatus, ViewSettings, WorkerApi } from "../protocol.js";
import { moveWalk, startWalk, walkCursor, type OpWalk } from "./op-walk.js";
import { applyTraining, editParams, loadDoc, resetLoaded, trainStep, type Loaded } from "./session.js";
import { applyPatch, defaultView, resolveTraining } from "./settings.js";
import { buildSnapshot } from "./snapshot.js";
import { createThrottle, createYield } from "./throttle.js";
import { keepErrorCodes } from "./wire-errors.js";
import type * as LayerApi from "./layers/index.js";
import type { LayerLoaded, Stopper } from "./layers/index.js";

type LayerModule = typeof LayerApi;

/** Options of {@link createWorkerApi}. */
export interface WorkerApiOptions {
  /** Milliseconds of training between yields to the message loop (default 8). */
  chunkMs?: number;
}

const now = () => performance.now();

/**
 * The training worker's api: load a document, train it in chunks that never block message
 * handling, and push throttled snapshots to a subscriber. Expose it with comlink.
 *
 * @example
 * expose(createWorkerApi(), self);
 */
export function createWorkerApi(options: WorkerApiOptions = {}): WorkerApi & { dispose(): void } {
  keepErrorCodes();
  const chunkMs = options.chunkMs ?? 8;
  const yielder = createYield();
  let s: Loaded | LayerLoaded | undefined;
  let layers: LayerModule | undefined;
  let stopper: Stopper | undefined;
  let layerRun: Promise<void> = Promise.resolve();
  let status: TrainerStatus = "idle";
  let error: Problem | undefined;
  let view: ViewSettings = { ...defaultView };
  let listener: SnapshotListener | undefined;
  let walk: OpWalk | undefined;
  let seq = 0;
  let looping = false;
  let stopAt: number | undefined;
  let stepsPerChunk = 1;
  let rate = { step: 0, time: now(), value: 0 };
  let waiters: ((snapshot: Snapshot | undefined) => void)[] = [];

  const build = (loaded: Loaded | LayerLoaded) => {
    const meta = { seq: ++seq, status, view, stepsPerSecond: rate.value, walk, error };
    return loaded.kind === "layers" ? layers!.buildLayerSnapshot(loaded, meta) : buildSnapshot(loaded, meta);
  };
  const snapshotNow = (): Snapshot | undefined => (s ? build(s).snapshot : undefined);

  const throttle = createThrottle(
    () => {
      if (!s || !listener) return;
      const built = build(s);
      return listener(transfer(built.snapshot, built.transfer)) as unknown as Promise<unknown> | void;
    },
    () => view.maxSnapshotsPerSecond,
    now,
    () => s !== undefined && listener !== undefined,
  );

  function settle(): void {
    const done = waiters;
    waiters = [];
    if (done.length === 0) return;
    const snapshot = snapshotNow();
    for (const resolve of done) resolve(snapshot);
  }

  function stop(next: TrainerStatus): void {
    if (status === "running") status = next;
    if (stopper) stopper.aborted = true;
    stopAt = undefined;
    settle();
  }

  function measure(): void {
    if (!s) return;
    const t = now();
    if (t - rate.time >= 250) {
      rate = { step: s.step, time: t, value: ((s.step - rate.step) * 1000) / (t - rate.time) };
    }
  }

  function finish(): void {
    looping = false;
    stopAt = undefined;
    rate.value = 0;
    settle();
  }

  function runLayerGraph(loaded: LayerLoaded): void {
    const previous = layerRun;
    const mine: Stopper = { aborted: false };
    stopper = mine;
    layerRun = (async () => {
      await previous;
      if (mine.aborted) return finish();
      const steps = stopAt === undefined ? Number.MAX_SAFE_INTEGER : stopAt - loaded.step;
      const halt = await layers!.runLayers(loaded, steps, mine, () => {
        if (stopAt !== undefined && loaded.step >= stopAt) mine.aborted = true;
        measure();
        throttle.request();
      });
      const reached = stopAt !== undefined && loaded.step >= stopAt;
      if (halt) {
        status = halt.status;
        error = halt.error;
      } else if (stopper === mine && status === "running") {
        // Paused and played again while this fit was winding down: keep going with a fresh run.
        if (mine.aborted && !reached) return runLayerGraph(loaded);
        status = "paused";
      }
      if (stopper === mine) finish();
      throttle.request();
    })();
  }

  function chunk(): void {
    if (status !== "running" || !s) {
      looping = false;
      return;
    }
    if (s.kind === "layers") return runLayerGraph(s);
    const t0 = now();
    const limit = stopAt === undefined ? stepsPerChunk : Math.min(stepsPerChunk, stopAt - s.step);
    let done = 0;
    try {
      for (; done < limit; done++) {
        const halt = trainStep(s);
        if (halt) {
          status = halt.status;
          error = halt.error;
          break;
        }
      }
    } catch (e) {
      status = "error";
      error = problem("INTERNAL", {}, e instanceof Error ? e.message : String(e));
    }
    const dt = now() - t0;
    if (done > 0) stepsPerChunk = Math.max(1, Math.min(100_000, Math.round((done * chunkMs) / Math.max(dt, 0.05))));
    measure();
    if (stopAt !== undefined && s.step >= stopAt) status = "paused";
    if (status !== "running") finish();
    else yielder.next(chunk);
    throttle.request();
  }

  function start(): void {
    status = "running";
    error = undefined;
    walk = undefined;
    rate = { step: s!.step, time: now(), value: rate.value };
    if (!looping) {
      looping = true;
      yielder.next(chunk);
    }
  }

  let refused: Problem[] = [];
  const need = (): Loaded | LayerLoaded => {
    if (s) return s;
    if (refused.length > 0) throw new RuntimeError("NOT_LOADABLE", runtimeErrors.NOT_LOADABLE(refused[0].message, refused.length - 1), refused[0].nodeId);
    throw new RuntimeError("NOT_LOADED", runtimeErrors.NOT_LOADED());
  };

  return {
    async load(doc: TrainDoc, resume?: Resume) {
      stop("idle");
      status = "idle";
      walk = undefined;
      await layerRun;
      if (s?.kind === "layers") s.model.dispose();
      if (doc?.mode === "layers") {
        layers ??= await import("./layers/index.js");
        await layers.ensureBackend();
      }
      const outcome: { result: LoadResult; loaded?: Loaded | LayerLoaded } = doc?.mode === "layers" ? layers!.loadLayerDoc(doc) : loadDoc(doc, resume);
      const result = outcome.result;
      s = outcome.loaded;
      refused = result.ok ? [] : result.problems;
      error = result.ok ? undefined : result.problems[0];
      status = result.ok ? (s!.step > 0 ? "paused" : "idle") : "error";
      throttle.request();
      return result;
    },
    async play() {
      need();
      stopAt = undefined;
      start();
    },
    async pause() {
      stop("paused");
      throttle.request();
    },
    async step(n = 1) {
      const loaded = need();
      if (!(Number.isInteger(n) && n >= 1)) throw new RuntimeError("BAD_PARAM", runtimeErrors.BAD_PARAM("n", "must be a whole number ≥ 1"));
      const result = new Promise<Snapshot | undefined>((resolve) => waiters.push(resolve));
      stopAt = loaded.step + n;
      start();
      return result;
    },
    async stepOp(direction: OpDirection): Promise<OpCursor | undefined> {
      const loaded = need();
      if (direction !== "forward" && direction !== "back") throw new RuntimeError("BAD_PARAM", runtimeErrors.BAD_PARAM("direction", `must be "forward" or "back"`));
      if (loaded.kind === "layers") throw new RuntimeError("NOT_SUPPORTED", runtimeErrors.NOT_SUPPORTED("Stepping one op at a time through a layer graph"));
      stop("paused");
      if (status === "idle") status = "paused";
      if (!walk) walk = startWalk(loaded, view.focus ?? loaded.doc.focus ?? 0);
      moveWalk(walk, direction);
      throttle.request();
      return walkCursor(walk, loaded.graph.nodeIds);
    },
    async reset(reseed?: boolean | number) {
      const loaded = need();
      stop("idle");
      if (loaded.kind === "layers") {
        await layerRun;
        layers!.resetLayers(loaded, reseed);
      } else resetLoaded(loaded, reseed);
      status = "idle";
      error = undefined;
      walk = undefined;
      throttle.request();
      return snapshotNow();
    },
    async update(patch: SettingsPatch) {
      const next = applyPatch(s?.training ?? resolveTraining(undefined), view, patch);
      view = next.view;
      if (s?.kind === "graph") applyTraining(s, next.training);
      else if (s) s.training = next.training;
      throttle.request();
    },
    async subscribe(l: SnapshotListener) {
      listener = l;
      throttle.request();
    },
    async setParams(values: ParamEdits) {
      const loaded = need();
      if (loaded.kind === "layers") throw new RuntimeError("NOT_SUPPORTED", runtimeErrors.NOT_SUPPORTED("Editing single weights of a layer graph"));
      editParams(loaded, values);
      walk = undefined;
      throttle.request();
    },
    async crashForTest() {
      setTimeout(() => {
        throw new Error("injected crash (crashForTest)");
      }, 0);
    },
    dispose() {
      stop("idle");
      throttle.dispose();
      yielder.dispose();
      listener = undefined;
    },
  };
}

