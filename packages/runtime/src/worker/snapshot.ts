import type { Problem, Snapshot, TrainerStatus } from "../protocol.js";
import type { SnapshotPart } from "./session.js";

/** What the worker itself knows about the moment of a snapshot. */
export interface SnapshotMeta {
  seq: number;
  status: TrainerStatus;
  stepsPerSecond: number;
  stoppedAt?: number;
  error?: Problem;
}

/** A snapshot and the buffers the receiver may take ownership of. */
export interface BuiltSnapshot {
  snapshot: Snapshot;
  transfer: ArrayBuffer[];
}

/** Assemble a snapshot from a session's part and the worker's meta; every typed array in it is transferred, not copied. */
export function assembleSnapshot(part: SnapshotPart, meta: SnapshotMeta): BuiltSnapshot {
  const snapshot: Snapshot = {
    seq: meta.seq,
    status: meta.status,
    stepsPerSecond: meta.stepsPerSecond,
    ...part,
    ...(meta.stoppedAt !== undefined ? { stoppedAt: meta.stoppedAt } : {}),
    ...(meta.error ? { error: meta.error } : {}),
  };
  const arrays = [
    snapshot.params,
    snapshot.predictions?.train,
    snapshot.predictions?.test,
    snapshot.boundary?.values,
    ...Object.values(snapshot.nodeMaps ?? {}),
    ...(snapshot.diagnostics?.layers ?? []).flatMap((l) => [l.activations.counts, l.gradients?.counts]),
    snapshot.diagnostics?.updates.steps,
    snapshot.diagnostics?.updates.ratios,
  ];
  const transfer = [...new Set(arrays.flatMap((a) => (a ? [a.buffer as ArrayBuffer] : [])))];
  return { snapshot, transfer };
}
