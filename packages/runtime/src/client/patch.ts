import { RuntimeError, runtimeErrors } from "../errors.js";
import type { OptimizerSettings, ScheduleSettings, SettingsPatch } from "../protocol.js";

const patchKeys = {
  loss: true,
  optimizer: true,
  schedule: true,
  batchSize: true,
  l2: true,
  seed: true,
  stopAfter: true,
  maxStepsPerSecond: true,
  maxSnapshotsPerSecond: true,
  boundaryResolution: true,
  nodeMapResolution: true,
  focus: true,
  sampleTemperature: true,
} as const satisfies Record<keyof SettingsPatch, true>;
const optimizerKeys = { kind: true, lr: true, momentum: true } as const satisfies Record<keyof OptimizerSettings, true>;
const scheduleKeys = { kind: true, final: true, steps: true } as const satisfies Record<keyof ScheduleSettings, true>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const describe = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "string" ? JSON.stringify(v) : `a ${typeof v}`;
function refuse(name: string, detail: string): never {
  throw new RuntimeError("BAD_PARAM", runtimeErrors.BAD_PARAM(name, detail));
}

function checkKeys(value: Record<string, unknown>, known: object, prefix: string): void {
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(known, key))
      refuse(`${prefix}${key}`, `is not a setting update() knows; use ${Object.keys(known).join(", ")}`);
  }
}

/**
 * Refuses anything but a settings object of known fields (the worker checks the values); the error
 * names the field, e.g. `Parameter "optimizer.rate" is not a setting update() knows; use kind, lr, momentum.`
 */
export function checkPatch(patch: unknown): asserts patch is SettingsPatch {
  if (!isRecord(patch))
    refuse("patch", `must be a settings object such as { optimizer: { lr: 0.05 } }, not ${describe(patch)}`);
  checkKeys(patch, patchKeys, "");
  for (const [name, known] of [
    ["optimizer", optimizerKeys],
    ["schedule", scheduleKeys],
  ] as const) {
    const part = patch[name];
    if (part === undefined) continue;
    if (!isRecord(part))
      refuse(
        name,
        `must be an object such as ${name === "optimizer" ? "{ lr: 0.05 }" : '{ kind: "constant" }'}, not ${describe(part)}`,
      );
    checkKeys(part, known, `${name}.`);
  }
}

/** Later settings win; optimiser and schedule merge field by field. */
export function mergePatch(a: SettingsPatch, b: SettingsPatch): SettingsPatch {
  const out: SettingsPatch = { ...a, ...b };
  if (a.optimizer || b.optimizer) out.optimizer = { ...a.optimizer, ...b.optimizer };
  if (a.schedule || b.schedule) out.schedule = { ...a.schedule, ...b.schedule };
  return out;
}

/** Only the view settings of a patch (they outlive a document; training settings come with it). */
export function viewPart(p: SettingsPatch): SettingsPatch {
  const out: SettingsPatch = {};
  if (p.maxStepsPerSecond !== undefined) out.maxStepsPerSecond = p.maxStepsPerSecond;
  if (p.maxSnapshotsPerSecond !== undefined) out.maxSnapshotsPerSecond = p.maxSnapshotsPerSecond;
  if (p.boundaryResolution !== undefined) out.boundaryResolution = p.boundaryResolution;
  if (p.nodeMapResolution !== undefined) out.nodeMapResolution = p.nodeMapResolution;
  if (p.focus !== undefined) out.focus = p.focus;
  if (p.sampleTemperature !== undefined) out.sampleTemperature = p.sampleTemperature;
  return out;
}
