import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import { defaultTraining } from "./defaults.js";
import { trainingSchema } from "./doc-schema.js";
import type { OptimizerSettings, ScheduleSettings, TrainingSettings } from "./types.js";

/** A change to training settings: any top-level field, and any part of the optimiser or schedule. */
export interface TrainingPatch extends Partial<Omit<TrainingSettings, "optimizer" | "schedule">> {
  optimizer?: Partial<OptimizerSettings>;
  schedule?: Partial<ScheduleSettings>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** The fields a patch sets (an explicit `undefined` leaves a field as it is). */
const given = (v: unknown) =>
  isObject(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) : {};
const fail = (path: string, detail: string) => ({
  ok: false as const,
  problems: [problem("schema", [path, detail], { path })],
});

/**
 * Applies a patch to training settings (by default to `defaultTraining()`) and checks the result with
 * the document's schema, so a patch obeys the same bounds as a saved document. Problems carry the
 * field's `path` (`training.optimizer.lr`).
 * @example
 * const next = patchTraining({ optimizer: { lr: 0.05 } }, doc.training);
 * if (next.ok) doc.training = next.training;
 */
export function patchTraining(
  patch: unknown,
  base: TrainingSettings = defaultTraining(),
): { ok: true; training: TrainingSettings } | { ok: false; problems: Problem[] } {
  if (!isObject(patch)) return fail("training", "a settings patch must be an object");
  for (const key of ["optimizer", "schedule"] as const) {
    if (patch[key] !== undefined && !isObject(patch[key])) return fail(`training.${key}`, "must be an object");
  }
  const merged = {
    ...base,
    ...given(patch),
    optimizer: { ...base.optimizer, ...given(patch.optimizer) },
    schedule: { ...base.schedule, ...given(patch.schedule) },
  };
  const result = trainingSchema.safeParse(merged);
  if (result.success) return { ok: true, training: result.data };
  const problems = result.error.issues.slice(0, 10).map((issue) => {
    const path = ["training", ...issue.path.map(String)].join(".");
    return problem("schema", [path, issue.message], { path });
  });
  return { ok: false, problems };
}
