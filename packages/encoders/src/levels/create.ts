import { fail } from "../errors.js";
import { NominalEncoder, type NominalOptions } from "./nominal.js";
import { NumericEncoder, type NumericOptions } from "./numeric.js";
import { OrdinalEncoder, type OrdinalOptions } from "./ordinal.js";
import type { ColumnEncoder, EncoderState } from "./types.js";

/** How to encode one column: its level plus that level's options. */
export type EncoderSpec =
  | ({ level: "nominal" } & NominalOptions)
  | ({ level: "ordinal" } & OrdinalOptions)
  | ({ level: "interval" } & Omit<NumericOptions, "level">)
  | ({ level: "ratio" } & Omit<NumericOptions, "level">);

/**
 * Creates an (unfitted) encoder for a measurement level.
 *
 * @example
 * const enc = createEncoder({ level: "ratio", name: "mass", transform: "log" }).fit([1, 10, 100]);
 */
export function createEncoder(spec: EncoderSpec): ColumnEncoder {
  switch (spec.level) {
    case "nominal":
      return new NominalEncoder(spec);
    case "ordinal":
      return new OrdinalEncoder(spec);
    case "interval":
    case "ratio":
      return new NumericEncoder(spec);
    default:
      return fail(
        "BAD_OPTION",
        "level",
        (spec as { level: unknown }).level,
        `"nominal", "ordinal", "interval" or "ratio"`,
      );
  }
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** Restores a fitted encoder from saved JSON, checking its shape first. */
export function encoderFromJSON(json: unknown): ColumnEncoder {
  const s = json as Partial<Record<string, unknown>> | null;
  if (typeof s !== "object" || s === null) fail("BAD_STATE", "expected an object");
  if (typeof s.name !== "string") fail("BAD_STATE", `"name" must be a string`);
  const state = s as unknown as EncoderState;
  switch (s.level) {
    case "nominal":
      if (!isStrings(s.categories)) fail("BAD_STATE", `"categories" must be a list of strings`);
      return NominalEncoder.fromJSON(state as Extract<EncoderState, { level: "nominal" }>);
    case "ordinal":
      if (!isStrings(s.levels)) fail("BAD_STATE", `"levels" must be a list of strings`);
      return OrdinalEncoder.fromJSON(state as Extract<EncoderState, { level: "ordinal" }>);
    case "interval":
    case "ratio":
      if (!Number.isFinite(s.mean) || !(Number(s.std) > 0))
        fail("BAD_STATE", `"mean" must be a number and "std" a positive number`);
      return NumericEncoder.fromJSON(state as Extract<EncoderState, { level: "interval" | "ratio" }>);
    default:
      return fail("BAD_STATE", `unknown level ${JSON.stringify(s.level)}`);
  }
}
