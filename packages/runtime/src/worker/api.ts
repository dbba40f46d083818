import { transfer } from "comlink";
import { defaultTraining, stopStep } from "@nudge/graph";
import { problem, RuntimeError, runtimeErrors } from "../errors.js";
import type {
  LearningRateSweep,
  LoadResult,
  OpCursor,
  OpDirection,
  ParamEdits,
  Problem,
  Resume,
  SettingsPatch,
  Snapshot,
  SnapshotListener,
  TrainDoc,
  TrainerStatus,
  ViewSettings,
  WorkerApi,
} from "../protocol.js";
import { createPacer, realClock, type Clock } from "./pace.js";
import type { RunControl, Session, SessionKind } from "./session.js";
import { openSession } from "./sessions.js";
import { applyPatch, defaultView } from "./settings-patch.js";
import { assembleSnapshot } from "./snapshot.js";
import { createThrottle } from "./throttle.js";
import { keepErrorCodes } from "./wire-errors.js";

/** Options of {@link createWorkerApi}. */
export interface WorkerApiOptions {
  /** Milliseconds of training between yields to the message loop (default 8). */
  chunkMs?: number;
  /** The kinds of session to open documents with, asked in order (default: `sessionKinds`, the registry). */
  sessions?: readonly SessionKind[];
  /** The clock pacing and the steps-per-second figure read (default: `performance.now()` and timers). */
  clock?: Clock;
}

/**
 * The training worker's api: load a document into a {@link Session}, train it in runs that never
 * block message handling, and push throttled snapshots to a subscriber. Expose it with comlink.
 *
 * @example
 * expose(createWorkerApi(), self);
 */
export function createWorkerApi(options: WorkerApiOptions = {}): WorkerApi & { dispose(): void } {
  keepErrorCodes();
  const chunkMs = options.chunkMs ?? 8;
  const clock = options.clock ?? realClock;
  const now = () => clock.now();
  let s: Session | undefined;
  let stopper: { aborted: boolean } | undefined;
  let running: Promise<void> = Promise.resolve();
  let status: TrainerStatus = "idle";
  let error: Problem | undefined;
  let view: ViewSettings = { ...defaultView };
  let listener: SnapshotListener | undefined;
  let seq = 0;
  let looping = false;
  let stopAt: number | undefined;
  /** `stopAt` is the document's stop condition (Play), not a `step(n)` target. */
  let atCondition = false;
  let stoppedAt: number | undefined;
  /** The last step the pacer allows in the current stretch of a paced run. */
  let pacedUntil: number | undefined;
  let rate = { step: 0, time: now(), value: 0 };
  let waiters: ((snapshot: Snapshot | undefined) => void)[] = [];
  let refused: Problem[] = [];

  const build = (session: Session) =>
    assembleSnapshot(session.snapshot(view), {
      seq: ++seq,
      status,
      stepsPerSecond: rate.value,
      ...(stoppedAt !== undefined ? { stoppedAt } : {}),
      ...(error ? { error } : {}),
    });
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
  const pacer = createPacer(() => view.maxStepsPerSecond, now);

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
    atCondition = false;
    settle();
  }

  function measure(session: Session): void {
    const t = now();
    if (t - rate.time >= 250)
      rate = { step: session.step, time: t, value: ((session.step - rate.step) * 1000) / (t - rate.time) };
  }

  function finish(): void {
    looping = false;
    stopAt = undefined;
    atCondition = false;
    rate.value = 0;
    settle();
  }

  function run(session: Session): void {
    const previous = running;
    const mine = { aborted: false };
    stopper = mine;
    const control: RunControl = {
      stopAt: () => (pacedUntil === undefined ? stopAt : Math.min(stopAt ?? Infinity, pacedUntil)),
      get aborted() {
        return mine.aborted;
      },
      progress() {
        measure(session);
        throttle.request();
      },
    };
    running = (async () => {
      await previous;
      if (mine.aborted || s !== session) return finish();
      const halt = await paced(session, control, mine);
      const reached = stopAt !== undefined && session.step >= stopAt;
      if (reached && atCondition && !halt) stoppedAt = session.step;
      if (halt) {
        status = halt.status;
        error = halt.error;
      } else if (stopper === mine && status === "running") {
        // Paused and played again while this run was winding down: keep going with a fresh run.
        if (mine.aborted && !reached) return run(session);
        status = "paused";
      }
      if (stopper === mine) finish();
      throttle.request();
    })();
  }

  /** Run the session, in stretches the pacer allows when a step rate is set (sleeping between them). */
  async function paced(session: Session, control: RunControl, mine: { aborted: boolean }) {
    pacer.restart();
    try {
      for (;;) {
        const allowed = pacer.allowance();
        pacedUntil = Number.isFinite(allowed) ? session.step + allowed : undefined;
        const before = session.step;
        const halt = allowed > 0 ? await session.run(control) : undefined;
        pacer.took(session.step - before);
        if (halt || mine.aborted || !pacer.paced() || (stopAt !== undefined && session.step >= stopAt)) return halt;
        await clock.sleep(pacer.wait());
        if (mine.aborted || s !== session) return undefined;
      }
    } catch (e) {
      return { status: "error" as const, error: problem("INTERNAL", {}, e instanceof Error ? e.message : String(e)) };
    } finally {
      pacedUntil = undefined;
    }
  }

  function start(session: Session): void {
    status = "running";
    error = undefined;
    stoppedAt = undefined;
    rate = { step: session.step, time: now(), value: rate.value };
    if (!looping) {
      looping = true;
      run(session);
    }
  }

  const need = (): Session => {
    if (s) return s;
    if (refused.length > 0)
      throw new RuntimeError(
        "NOT_LOADABLE",
        runtimeErrors.NOT_LOADABLE(refused[0].message, refused.length - 1),
        refused[0].nodeId,
      );
    throw new RuntimeError("NOT_LOADED", runtimeErrors.NOT_LOADED());
  };
  const unsupported = (session: Session, what: string): never => {
    throw new RuntimeError("NOT_SUPPORTED", runtimeErrors.NOT_SUPPORTED(`${what} ${session.name}`));
  };

  return {
    async load(doc: TrainDoc, resume?: Resume): Promise<LoadResult> {
      stop("idle");
      status = "idle";
      await running;
      s?.dispose();
      s = undefined;
      const opened = await openSession(doc, { chunkMs, ...(resume ? { resume } : {}) }, options.sessions);
      s = "session" in opened ? opened.session : undefined;
      const result = opened.result;
      refused = result.ok ? [] : result.problems;
      error = result.ok ? undefined : result.problems[0];
      status = s ? (s.step > 0 ? "paused" : "idle") : "error";
      throttle.request();
      return result;
    },
    async play() {
      const session = need();
      const limit = stopStep(session.training, session.rows);
      stopAt = limit === undefined ? undefined : limit > session.step ? limit : session.step + limit;
      atCondition = limit !== undefined;
      start(session);
    },
    async pause() {
      stop("paused");
      throttle.request();
    },
    async step(n = 1) {
      const session = need();
      if (!(Number.isInteger(n) && n >= 1))
        throw new RuntimeError("BAD_PARAM", runtimeErrors.BAD_PARAM("n", "must be a whole number ≥ 1"));
      const result = new Promise<Snapshot | undefined>((resolve) => waiters.push(resolve));
      stopAt = session.step + n;
      atCondition = false;
      start(session);
      return result;
    },
    async stepOp(direction: OpDirection): Promise<OpCursor | undefined> {
      const session = need();
      if (direction !== "forward" && direction !== "back")
        throw new RuntimeError("BAD_PARAM", runtimeErrors.BAD_PARAM("direction", `must be "forward" or "back"`));
      if (!session.stepOp) return unsupported(session, "Stepping one op at a time through");
      stop("paused");
      if (status === "idle") status = "paused";
      const cursor = session.stepOp(direction, view.focus);
      throttle.request();
      return cursor;
    },
    async reset(reseed?: boolean | number) {
      const session = need();
      stop("idle");
      await running;
      session.reset(reseed);
      status = "idle";
      error = undefined;
      stoppedAt = undefined;
      throttle.request();
      return snapshotNow();
    },
    async update(patch: SettingsPatch) {
      const next = applyPatch(s?.training ?? defaultTraining(), view, patch);
      s?.update(next.training);
      const repace = next.view.maxStepsPerSecond !== view.maxStepsPerSecond;
      view = next.view;
      // A running run picks up a new pace by winding down and starting again (it keeps running).
      if (repace && looping && stopper) stopper.aborted = true;
      throttle.request();
    },
    async subscribe(l: SnapshotListener) {
      listener = l;
      throttle.request();
    },
    async setParams(values: ParamEdits) {
      const session = need();
      if (!session.setParams) return unsupported(session, "Editing single weights of");
      session.setParams(values);
      throttle.request();
    },
    async fitGlm() {
      if (!s) return { ok: false as const, reason: "no graph is loaded" };
      return s.fitGlm?.() ?? { ok: false as const, reason: `${s.name} is not a single neuron` };
    },
    async findLearningRate(sweep: LearningRateSweep = {}) {
      if (!s) return { ok: false as const, reason: "no graph is loaded" };
      if (!s.findLearningRate) return { ok: false as const, reason: `${s.name} has no learning-rate finder` };
      const { from = -3, to = 0, steps = 1000 } = sweep ?? {};
      if (
        ![from, to].every(Number.isFinite) ||
        !(from < to) ||
        !Number.isInteger(steps) ||
        steps < 2 ||
        steps > 100_000
      )
        return { ok: false as const, reason: "the sweep needs finite exponents from < to and 2 to 100,000 steps" };
      return s.findLearningRate({ from, to, steps });
    },
    dispose() {
      stop("idle");
      throttle.dispose();
      s?.dispose();
      listener = undefined;
    },
  };
}
