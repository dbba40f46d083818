import type { OpCursor, OpDirection, ParamEdits, TrainingSettings, ViewSettings } from "../../protocol.js";
import type { Halt, RunControl, Session, SessionKind, SessionOptions } from "../session.js";
import { createYield } from "../throttle.js";
import { moveWalk, startWalk, walkCursor, type OpWalk } from "./op-walk.js";
import { compareWithGlm } from "./glm-fit.js";
import { tapeSnapshot } from "./tape-snapshot.js";
import { loadTape, type Loaded } from "./tape-state.js";
import { applyTraining, editParams, resetLoaded, trainStep } from "./tape-train.js";

const now = () => performance.now();

/**
 * A session over an expression or neuron graph: graph's CompiledGraph trained with autograd's
 * optimisers in chunks of about `chunkMs` (the step count adapts), yielding between chunks.
 */
export function createTapeSession(s: Loaded, options: SessionOptions): Session {
  const yielder = createYield();
  const pause = () => new Promise<void>((resolve) => yielder.next(resolve));
  let stepsPerChunk = 1;
  let walk: OpWalk | undefined;

  return {
    name: "an expression or neuron graph",
    get step() {
      return s.step;
    },
    get training() {
      return s.training;
    },
    get rows() {
      return s.data.train.length;
    },
    async run(control: RunControl): Promise<Halt | undefined> {
      walk = undefined;
      for (;;) {
        const until = control.stopAt();
        const limit = until === undefined ? stepsPerChunk : Math.min(stepsPerChunk, until - s.step);
        if (control.aborted || limit <= 0) return undefined;
        const t0 = now();
        for (let done = 0; done < limit; done++) {
          const halt = trainStep(s);
          if (halt) return halt;
        }
        stepsPerChunk = Math.max(
          1,
          Math.min(100_000, Math.round((limit * options.chunkMs) / Math.max(now() - t0, 0.05))),
        );
        control.progress();
        if (until !== undefined && s.step >= until) return undefined;
        await pause();
      }
    },
    reset(reseed) {
      resetLoaded(s, reseed);
      walk = undefined;
    },
    update(training: TrainingSettings) {
      applyTraining(s, training);
    },
    snapshot(view: ViewSettings) {
      return tapeSnapshot(s, view, walk);
    },
    stepOp(direction: OpDirection, focus: number | undefined): OpCursor {
      walk ??= startWalk(s, focus ?? s.doc.focus ?? 0);
      moveWalk(walk, direction);
      return walkCursor(walk, s.graph.nodeIds);
    },
    setParams(edits: ParamEdits) {
      editParams(s, edits);
      s.startLoss = NaN;
      walk = undefined;
    },
    fitGlm() {
      return compareWithGlm(s);
    },
    dispose() {
      yielder.dispose();
    },
  };
}

/** Expression and neuron documents (everything that is not a layer graph). */
export const tapeSessions: SessionKind = {
  accepts: (doc) => doc?.mode !== "layers",
  async open(doc, options) {
    const opened = loadTape(doc, options.resume);
    return "loaded" in opened ? { result: opened.result, session: createTapeSession(opened.loaded, options) } : opened;
  },
};
