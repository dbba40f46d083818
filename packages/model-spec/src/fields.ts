import { errorMessages } from "./errors.js";
import type { SpecProblem } from "./types.js";

/** Collects located problems while reading an unknown JSON object field by field. */
export class FieldReader {
  readonly problems: SpecProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  positiveInt(obj: Record<string, unknown>, key: string, path: string, required = true): number | undefined {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.add(join(path, key), errorMessages.SPEC_FIELD_MISSING(key));
      return undefined;
    }
    return this.positiveIntValue(v, join(path, key));
  }

  positiveIntValue(v: unknown, path: string): number | undefined {
    if (typeof v === "number" && Number.isInteger(v) && v >= 1) return v;
    this.add(path, errorMessages.SPEC_NOT_POSITIVE_INT(v));
    return undefined;
  }

  fraction(obj: Record<string, unknown>, key: string, path: string, required = false): void {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.add(join(path, key), errorMessages.SPEC_FIELD_MISSING(key));
      return;
    }
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v >= 1) {
      this.add(join(path, key), errorMessages.SPEC_NOT_IN_RANGE(v, 0, 1));
    }
  }

  boolean(obj: Record<string, unknown>, key: string, path: string): void {
    const v = obj[key];
    if (v !== undefined && typeof v !== "boolean") this.add(join(path, key), errorMessages.SPEC_NOT_BOOLEAN(v));
  }

  oneOf<T extends string>(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    options: readonly T[],
    required = false,
  ): T | undefined {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.add(join(path, key), errorMessages.SPEC_FIELD_MISSING(key));
      return undefined;
    }
    if (typeof v !== "string" || !(options as readonly string[]).includes(v)) {
      this.add(join(path, key), errorMessages.SPEC_NOT_ONE_OF(v, options));
      return undefined;
    }
    return v as T;
  }
}

/** True for a plain (non-array, non-null) object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}
