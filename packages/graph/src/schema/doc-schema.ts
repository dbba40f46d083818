import { z } from "zod";
import { checkWordList, EncoderError, wordListLimits } from "@nudge/encoders";
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

const share = finite.min(0).max(1);
const textSplit = {
  kind: z.literal("text"),
  seed: z.int(),
  fractions: z
    .tuple([share, share, share])
    .refine(([a, b, c]) => Math.abs(a + b + c - 1) < 1e-9, "the train, dev and test shares must add up to 1")
    .refine(([train]) => train > 0, "the train share must be above 0"),
};
const wordsSchema = z
  .array(z.string())
  .max(wordListLimits.maxWords)
  .superRefine((words, ctx) => {
    try {
      checkWordList(words);
    } catch (e) {
      if (!(e instanceof EncoderError)) throw e;
      const line = e.place?.line;
      ctx.addIssue({ code: "custom", message: e.message, path: line === undefined ? [] : [line - 1] });
    }
  });
const textSchema = z.discriminatedUnion("source", [
  z.object({ ...textSplit, source: z.literal("names") }),
  z.object({ ...textSplit, source: z.literal("words"), name: text, words: wordsSchema }),
]);

const dataSchema = z.discriminatedUnion("kind", [
  textSchema,
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
