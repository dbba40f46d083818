import { runData, type GraphDoc, type RunMetrics, type RunRecord } from "@nudge/graph";
import { useDoc } from "../store/app-store";
import type { Snapshot } from "../training/snapshot";
import { useTraining, type TrainingState } from "../training/training-store";
import { curveOf } from "./curve";
import { useRuns } from "./runs-store";

/** While training runs, its record is rewritten at most this often (and at once when it stops). */
const WRITE_MS = 1000;

const newId = () => `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function finalOf(s: Snapshot): RunMetrics {
  const all = { loss: s.loss, testLoss: s.testLoss, trainAccuracy: s.trainAccuracy, testAccuracy: s.testAccuracy };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined && Number.isFinite(v)));
}

const sameSettings = (run: RunRecord, doc: GraphDoc) =>
  JSON.stringify(run.settings) === JSON.stringify(doc.training) &&
  JSON.stringify(run.data) === JSON.stringify(runData(doc.data));

/**
 * Records every training run into the runs store. A run starts when the step moves on from new weights (a
 * reset, a new structure, a first Play) and goes on through Pause and Play; Reset ends it; a setting changed
 * mid-run ends it too, and the training that follows is a new run starting at that step (so each run has one
 * set of settings to compare). A resumed run (reload, undo, restarted worker) goes on as the same run.
 */
export function recordRun(s: TrainingState, prev: TrainingState, now = Date.now()): void {
  const snap = s.snapshot;
  if (!snap || snap === prev.snapshot) return;
  const runs = useRuns.getState();
  const doc = useDoc.getState().doc;
  if (snap.step === 0 || doc.mode === "expression") {
    if (runs.activeId) runs.end();
    return;
  }
  let run = runs.runs.find((r) => r.id === runs.activeId);
  if (run && (snap.step < run.steps || (snap.step > run.steps && !sameSettings(run, doc)))) {
    runs.end();
    run = undefined;
  }
  const before = prev.snapshot?.step;
  if (!run) {
    if (before === undefined || snap.step <= before) return;
    run = {
      id: newId(),
      startedAt: now,
      endedAt: now,
      settings: doc.training,
      data: runData(doc.data),
      parameterCount: snap.params.length,
      steps: before,
      final: {},
      curve: { step: [before], loss: [] },
    };
  } else if (snap.step === run.steps || (snap.status === "running" && now - run.endedAt < WRITE_MS)) return;
  const first = run.curve.step[0] ?? before ?? 0;
  runs.record({
    ...run,
    endedAt: now,
    steps: snap.step,
    final: finalOf(snap),
    curve: curveOf(s.curve.filter((p) => p.step >= first)),
  });
}

/** Starts recording runs from the training store's snapshots; returns the stop function. */
export const startRunRecorder = (): (() => void) => useTraining.subscribe((s, prev) => recordRun(s, prev));
