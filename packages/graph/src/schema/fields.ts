import { z } from "zod";
import { checkWordList, EncoderError, wordListLimits } from "@nudge/encoders";
import { limits, lossNames, toyNames } from "./constants.js";
import { hasControlCharacters } from "./text.js";

export const text = z
  .string()
  .max(limits.maxTextLength)
  .refine((s) => !hasControlCharacters(s), "control characters are not allowed");
export const id = z
  .string()
  .min(1)
  .max(limits.maxIdLength)
  .regex(/^[A-Za-z0-9_.:-]+$/, "ids use letters, digits, '_', '.', ':' and '-' only");
export const paramKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, "parameter names are short identifiers");
export const finite = z.number().refine(Number.isFinite, "must be a finite number");

const share = finite.min(0).max(1);
export const textSplit = {
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

/** The zod schema of a data choice. */
export const dataSchema = z.discriminatedUnion("kind", [
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
  stopAfter: z.object({ count: z.int().min(1).max(1e9), unit: z.enum(["steps", "epochs"]) }).optional(),
});
