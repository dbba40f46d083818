import { RuntimeError, runtimeErrors } from "../errors.js";
import type { SettingsPatch, TrainingSettings, ViewSettings } from "../protocol.js";

/** Defaults for what the worker sends. */
export const defaultView: ViewSettings = { maxSnapshotsPerSecond: 30, boundaryResolution: 40, nodeMapResolution: 16 };

const defaultTraining: TrainingSettings = {
  loss: undefined,
  optimizer: { kind: "sgd", lr: 0.1 },
  schedule: { kind: "constant" },
  batchSize: "all",
  l2: 0,
  seed: 1337,
};

function fail(name: string, detail: string): never {
  throw new RuntimeError("BAD_PARAM", runtimeErrors.BAD_PARAM(name, detail));
}

const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

function checkTraining(t: TrainingSettings): TrainingSettings {
  if (t.optimizer.kind !== "sgd" && t.optimizer.kind !== "adam") fail("optimizer.kind", `must be "sgd" or "adam", not "${String(t.optimizer.kind)}"`);
  if (!finite(t.optimizer.lr) || t.optimizer.lr < 0) fail("optimizer.lr", "must be a number ≥ 0");
  if (t.optimizer.momentum !== undefined && !(finite(t.optimizer.momentum) && t.optimizer.momentum >= 0 && t.optimizer.momentum < 1)) fail("optimizer.momentum", "must be in [0, 1)");
  if (t.schedule.kind !== "constant" && t.schedule.kind !== "linear-decay") fail("schedule.kind", `must be "constant" or "linear-decay"`);
  if (t.schedule.final !== undefined && !finite(t.schedule.final)) fail("schedule.final", "must be a number");
  if (t.schedule.steps !== undefined && !(finite(t.schedule.steps) && t.schedule.steps > 0)) fail("schedule.steps", "must be a positive number");
  if (t.batchSize !== "all" && !(Number.isInteger(t.batchSize) && t.batchSize > 0)) fail("batchSize", `must be "all" or a whole number ≥ 1`);
  if (!finite(t.l2) || t.l2 < 0) fail("l2", "must be a number ≥ 0");
  if (!finite(t.seed)) fail("seed", "must be a number");
  return t;
}

/** A document's training settings with defaults filled in; throws a BAD_PARAM RuntimeError if invalid. */
export function resolveTraining(raw: Partial<TrainingSettings> | undefined): TrainingSettings {
  const t = raw ?? {};
  return checkTraining({
    ...defaultTraining,
    ...t,
    optimizer: { ...defaultTraining.optimizer, ...t.optimizer },
    schedule: { ...defaultTraining.schedule, ...t.schedule },
  });
}

/** Apply a settings patch: new training and view settings, validated. */
export function applyPatch(training: TrainingSettings, view: ViewSettings, patch: SettingsPatch): { training: TrainingSettings; view: ViewSettings } {
  const { maxSnapshotsPerSecond, boundaryResolution, nodeMapResolution, focus, optimizer, schedule, ...rest } = patch ?? {};
  const next = checkTraining({
    ...training,
    ...rest,
    optimizer: { ...training.optimizer, ...optimizer },
    schedule: { ...training.schedule, ...schedule },
  });
  const nextView = { ...view };
  if (maxSnapshotsPerSecond !== undefined) {
    if (!(finite(maxSnapshotsPerSecond) && maxSnapshotsPerSecond > 0)) fail("maxSnapshotsPerSecond", "must be a number > 0");
    nextView.maxSnapshotsPerSecond = maxSnapshotsPerSecond;
  }
  for (const [name, v] of [["boundaryResolution", boundaryResolution], ["nodeMapResolution", nodeMapResolution]] as const) {
    if (v === undefined) continue;
    if (!(Number.isInteger(v) && v >= 0 && v <= 256)) fail(name, "must be a whole number from 0 to 256");
    nextView[name] = v;
  }
  if (focus !== undefined) {
    if (!(Number.isInteger(focus) && focus >= 0)) fail("focus", "must be a sample index ≥ 0");
    nextView.focus = focus;
  }
  return { training: next, view: nextView };
}
