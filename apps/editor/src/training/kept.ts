import { getKind, type GraphDoc, type TrainedState } from "@nudge/graph";
import { useRuns } from "../runs/runs-store";
import type { Snapshot } from "./snapshot";
import { useTraining } from "./training-store";

/**
 * What a run belongs to: the compiled model's structure (kinds, wires, non-trainable params, data, mode).
 * Weights and trainable params are left out: hand edits go to the worker and do not start a new run.
 */
export function structureKey(doc: GraphDoc): string {
  const fixed = (n: GraphDoc["nodes"][number]) => {
    const own = getKind(n.kind)?.trainable;
    return Object.entries(n.params ?? {}).filter(([name]) => name !== own);
  };
  return JSON.stringify([
    doc.mode,
    doc.data,
    doc.nodes.map((n) => [n.id, n.kind, fixed(n)]),
    doc.edges.map((e) => [e.id, e.source, e.sourceHandle, e.target, e.targetHandle]),
  ]);
}

const runs = new Map<string, TrainedState>();
let loadedKey: string | undefined;
let opened = 0;

/** Counts opened documents: the trainer reloads on an open even when the structure is the same. */
export const openCount = (): number => opened;

const finiteOr = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : undefined);

/** A snapshot as a run the document can keep (none at step 0 or when a parameter is not finite). */
export function runOf(snap: Snapshot | null | undefined): TrainedState | undefined {
  if (!snap || snap.step === 0 || snap.params.length === 0 || !snap.params.every(Number.isFinite)) return undefined;
  const metrics = {
    loss: finiteOr(snap.loss),
    trainAccuracy: finiteOr(snap.trainAccuracy),
    testAccuracy: finiteOr(snap.testAccuracy),
  };
  return {
    step: snap.step,
    params: Array.from(snap.params),
    ...Object.fromEntries(Object.entries(metrics).filter(([, v]) => v !== undefined)),
  };
}

/** Keeps (or forgets, when `run` is undefined) the run of a structure, so undoing back to it resumes the training. */
export function keepRun(key: string, run: TrainedState | undefined): void {
  if (run) runs.set(key, run);
  else runs.delete(key);
}

/** The trainable numbers' layout: nodes and wires without their settings (an activation change keeps it). */
const layoutKey = (doc: GraphDoc) =>
  JSON.stringify([
    doc.mode,
    doc.data,
    // A layer's `init` draws other starting weights: a new start, not the same run carried on.
    doc.nodes.map((n) => [n.id, n.kind, n.params.init]),
    doc.edges.map((e) => [e.id, e.source, e.target]),
  ]);

/**
 * A setting changed mid-run (an activation, say): the new structure continues the run from where it is,
 * unless it has a run of its own. The document's weights stay the run's start, so Reset still returns there.
 */
export function carryRun(prev: GraphDoc, next: GraphDoc): void {
  const key = structureKey(next);
  if (runs.has(key) || layoutKey(prev) !== layoutKey(next)) return;
  keepRun(key, currentRun(prev));
}

/** The run to resume when loading this structure. */
export const keptRun = (key: string): TrainedState | undefined => runs.get(key);

/** The worker now trains this structure; its snapshots describe it. */
export function markLoaded(key: string | undefined): void {
  loadedKey = key;
}

/**
 * The run of the document as it stands: the worker's latest state when it trains this structure, else the kept
 * run. A resumed worker that has not moved yet is the kept run itself (so reopening a graph does not re-save it).
 */
export function currentRun(doc: GraphDoc): TrainedState | undefined {
  const key = structureKey(doc);
  const snap = useTraining.getState().snapshot;
  const kept = runs.get(key);
  if (key !== loadedKey || !snap) return kept;
  const same =
    kept &&
    snap.step === kept.step &&
    snap.params.length === kept.params.length &&
    kept.params.every((v, i) => v === snap.params[i]);
  if (same) return kept;
  const run = runOf(snap);
  const runId = useRuns.getState().activeId;
  return run && runId ? { ...run, runId } : run;
}

/**
 * The document with its current run and its run records, as saved and exported (`runs: false`: without the
 * records, as share links are made).
 */
export function withRun(doc: GraphDoc, { runs = true } = {}): GraphDoc {
  const { trained: _old, runs: _records, ...rest } = doc;
  const run = currentRun(doc);
  const records = runs ? useRuns.getState().runs : [];
  return { ...rest, ...(run ? { trained: run } : {}), ...(records.length ? { runs: records } : {}) };
}

/**
 * A document being opened, as the store holds it (without `trained` and `runs`), its run kept for its structure
 * and its run records in the runs store.
 */
export function takeRun(doc: GraphDoc): GraphDoc {
  opened += 1;
  const { trained, runs, ...rest } = doc;
  keepRun(structureKey(rest), trained);
  useRuns.getState().open(runs ?? []);
  return rest;
}
