import { patchTraining } from "@nudge/graph";
import { RuntimeError, runtimeErrors } from "../errors.js";
import type { SettingsPatch, TrainingSettings, ViewSettings } from "../protocol.js";

/** Defaults for what the worker sends (view settings are the runtime's own; training settings are the document's). */
export const defaultView: ViewSettings = {
  maxStepsPerSecond: Infinity,
  maxSnapshotsPerSecond: 30,
  boundaryResolution: 40,
  nodeMapResolution: 16,
};

function fail(name: string, detail: string): never {
  throw new RuntimeError("BAD_PARAM", runtimeErrors.BAD_PARAM(name, detail));
}

function nextView(view: ViewSettings, patch: Partial<ViewSettings>): ViewSettings {
  const next = { ...view };
  const { maxStepsPerSecond, maxSnapshotsPerSecond, boundaryResolution, nodeMapResolution, focus, sampleTemperature } =
    patch;
  if (maxStepsPerSecond !== undefined) {
    if (!(typeof maxStepsPerSecond === "number" && maxStepsPerSecond > 0))
      fail("maxStepsPerSecond", "must be a number of steps > 0 (Infinity: as fast as the worker goes)");
    next.maxStepsPerSecond = maxStepsPerSecond;
  }
  if (maxSnapshotsPerSecond !== undefined) {
    if (!(
      typeof maxSnapshotsPerSecond === "number" &&
      Number.isFinite(maxSnapshotsPerSecond) &&
      maxSnapshotsPerSecond > 0
    ))
      fail("maxSnapshotsPerSecond", "must be a number > 0");
    next.maxSnapshotsPerSecond = maxSnapshotsPerSecond;
  }
  for (const [name, v] of [
    ["boundaryResolution", boundaryResolution],
    ["nodeMapResolution", nodeMapResolution],
  ] as const) {
    if (v === undefined) continue;
    if (!(Number.isInteger(v) && v >= 0 && v <= 256)) fail(name, "must be a whole number from 0 to 256");
    next[name] = v;
  }
  if (focus !== undefined) {
    if (!(Number.isInteger(focus) && focus >= 0)) fail("focus", "must be a sample index ≥ 0");
    next.focus = focus;
  }
  if (sampleTemperature !== undefined) {
    if (!(typeof sampleTemperature === "number" && sampleTemperature > 0 && sampleTemperature <= 10))
      fail("sampleTemperature", "must be a number above 0 and at most 10");
    next.sampleTemperature = sampleTemperature;
  }
  return next;
}

/**
 * Apply a settings patch: training settings through `@nudge/graph`'s `patchTraining` (the document's
 * defaults and bounds), view settings here. Throws a BAD_PARAM RuntimeError naming the field.
 */
export function applyPatch(
  training: TrainingSettings,
  view: ViewSettings,
  patch: unknown,
): { training: TrainingSettings; view: ViewSettings } {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch))
    fail("patch", "must be an object of settings");
  const {
    maxStepsPerSecond,
    maxSnapshotsPerSecond,
    boundaryResolution,
    nodeMapResolution,
    focus,
    sampleTemperature,
    ...rest
  } = patch as SettingsPatch;
  const checked = patchTraining(rest, training);
  if (!checked.ok) {
    const first = checked.problems[0]!;
    const path = first.path ?? "training";
    fail(path.replace(/^training\./, ""), `is refused: ${first.message.replace(`${path}: `, "")}`);
  }
  return {
    training: checked.training,
    view: nextView(view, {
      maxStepsPerSecond,
      maxSnapshotsPerSecond,
      boundaryResolution,
      nodeMapResolution,
      focus,
      sampleTemperature,
    }),
  };
}
