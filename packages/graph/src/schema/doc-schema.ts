import { z } from "zod";
import { graphModes, limits, lossNames, toyNames } from "./constants.js";
import { hasControlCharacters } from "./text.js";
import type { GraphDoc } from "./types.js";

const text = z
  .string()
  .max(limits.maxTextLength)
  .refine((s) => !hasControlCharacters(s), "control characters are not allowed");
const id = z
  .string()
  .min(1)
  .max(limits.maxIdLength)
  .regex(/^[A-Za-z0-9_.:-]+$/, "ids use letters, digits, '_', '.', ':' and '-' only");
const paramKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, "parameter names are short identifiers");
const finite = z.number().refine(Number.isFinite, "must be a finite number");

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

const dataSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("toy"),
    name: z.enum(toyNames),
    n: z.int().min(4).max(limits.maxSamples),
    noise: finite.min(0).max(10),
    seed: z.int(),
    testFraction: finite.min(0).max(0.9),
    classes: z.int().min(2).max(10).optional(),
  }),
  z.object({ kind: z.literal("none") }),
]);

/** The zod schema of a document's training settings: the one place their bounds live. */
export const trainingSchema = z.object({
  loss: z.enum(lossNames),
  optimizer: z.object({
    kind: z.enum(["sgd", "adam"]),
    lr: finite.gt(0).max(100),
    momentum: finite.min(0).max(0.999).optional(),
  }),
  schedule: z.object({
    kind: z.enum(["constant", "linear-decay"]),
    final: finite.min(0).max(100).optional(),
    steps: z.int().min(1).optional(),
  }),
  batchSize: z.union([z.int().min(1).max(limits.maxSamples), z.literal("all")]),
  l2: finite.min(0).max(10),
  seed: z.int(),
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
});
