import type { SettingsPatch } from "../protocol.js";

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
  if (p.maxSnapshotsPerSecond !== undefined) out.maxSnapshotsPerSecond = p.maxSnapshotsPerSecond;
  if (p.boundaryResolution !== undefined) out.boundaryResolution = p.boundaryResolution;
  if (p.nodeMapResolution !== undefined) out.nodeMapResolution = p.nodeMapResolution;
  if (p.focus !== undefined) out.focus = p.focus;
  return out;
}
