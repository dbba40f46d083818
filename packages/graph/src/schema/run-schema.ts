import { z } from "zod";
import { limits } from "./constants.js";
import { dataSchema, finite, id, text, textSplit, trainingSchema } from "./fields.js";
import type { RunData, RunRecord } from "./run-types.js";
import type { DataChoice } from "./types.js";

const column = (value: z.ZodType<number>) => z.array(value.nullable()).max(limits.maxRunPoints);
const accuracy = finite.min(0).max(1);

const curveSchema = z
  .object({
    step: z.array(z.int().min(0)).max(limits.maxRunPoints),
    loss: column(finite),
    testLoss: column(finite).optional(),
    trainAccuracy: column(accuracy).optional(),
    testAccuracy: column(accuracy).optional(),
  })
  .refine(
    (c) => [c.loss, c.testLoss, c.trainAccuracy, c.testAccuracy].every((col) => !col || col.length === c.step.length),
    "every column of a run's curve needs one value per step",
  )
  .refine((c) => c.step.every((s, i) => i === 0 || s > c.step[i - 1]!), "a run's steps must increase");

/** A run keeps the name of a learner's word list, not the list (each run would copy it). */
const runDataSchema = z.union([
  z.object({ ...textSplit, source: z.literal("words"), name: text }),
  dataSchema,
]) as z.ZodType<RunData>;

/** A data choice as a run record keeps it: a word list by its name only. */
export function runData(data: DataChoice): RunData {
  if (data.kind !== "text" || data.source !== "words") return data;
  const { words: _list, ...named } = data;
  return named;
}

/** The zod schema of one run record (unknown keys are stripped). */
export const runRecordSchema: z.ZodType<RunRecord> = z.object({
  id,
  name: text.optional(),
  startedAt: finite.min(0),
  endedAt: finite.min(0),
  settings: trainingSchema,
  data: runDataSchema,
  parameterCount: z.int().min(0).max(limits.maxTrainedParams),
  steps: z.int().min(0),
  final: z.object({
    loss: finite.optional(),
    testLoss: finite.optional(),
    trainAccuracy: accuracy.optional(),
    testAccuracy: accuracy.optional(),
  }),
  curve: curveSchema,
});

/** The runs a document keeps: at most `limits.maxRuns`, with distinct ids. */
export const runsSchema = z
  .array(runRecordSchema)
  .max(limits.maxRuns)
  .refine((runs) => new Set(runs.map((r) => r.id)).size === runs.length, "two runs share an id");
