import { z } from "zod";
import { graphModes, limits } from "./constants.js";
import { dataSchema, finite, id, paramKey, text, trainingSchema } from "./fields.js";
import { runsSchema } from "./run-schema.js";
import type { GraphDoc } from "./types.js";

export { trainingSchema };

const nodeSchema = z.object({
  id,
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "unknown node kind"),
  position: z.object({ x: finite, y: finite }),
  params: z
    .record(paramKey, z.union([finite, text, z.boolean()]))
    .refine((p) => Object.keys(p).length <= limits.maxParams, "too many parameters"),
  label: text.optional(),
});

const edgeSchema = z.object({
  id,
  source: id,
  sourceHandle: paramKey,
  target: id,
  targetHandle: paramKey,
  weight: finite.optional(),
});

/**
 * The parts of a GraphDoc that shape inference, wiring checks and formulas read (unknown keys are stripped).
 * Labels and positions are only loosely checked: a label with a tab still gets its shapes (`validate` reports it).
 */
export const graphPartsSchema = z.object({
  nodes: z.array(nodeSchema.extend({ position: z.unknown(), label: z.string().optional() })).max(limits.maxNodes),
  edges: z.array(edgeSchema).max(limits.maxEdges),
  data: dataSchema,
});

const trainedSchema = z.object({
  step: z.int().min(0),
  params: z.array(finite).max(limits.maxTrainedParams),
  loss: finite.optional(),
  trainAccuracy: finite.min(0).max(1).optional(),
  testAccuracy: finite.min(0).max(1).optional(),
  runId: id.optional(),
});

/** The zod schema of a version-1 GraphDoc; unknown keys are stripped. */
export const graphDocSchema: z.ZodType<GraphDoc> = z.object({
  version: z.literal(1),
  title: text,
  mode: z.enum(graphModes),
  nodes: z.array(nodeSchema).max(limits.maxNodes),
  edges: z.array(edgeSchema).max(limits.maxEdges),
  data: dataSchema,
  training: trainingSchema,
  focus: z.int().min(0).optional(),
  trained: trainedSchema.optional(),
  runs: runsSchema.optional(),
});
