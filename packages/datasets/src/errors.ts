/** Error codes of @nudge/datasets, each with its message. */
export const datasetErrors = {
  BAD_SIZE: (what: string, value: unknown) => `${what} must be a positive whole number; got ${String(value)}.`,
  BAD_NUMBER: (what: string, value: unknown) => `${what} must be a finite number; got ${String(value)}.`,
  BAD_OPTION: (what: string, value: unknown, expected: string) =>
    `${what} = ${JSON.stringify(value)} is not allowed: expected ${expected}.`,
  UNKNOWN_TOY: (name: string, known: readonly string[]) =>
    `There is no toy data set called "${name}". Choose one of: ${known.join(", ")}.`,
  BAD_FRACTIONS: (fractions: readonly number[]) =>
    `Split fractions must be non-negative and add up to 1; got [${fractions.join(", ")}].`,
  BAD_FOLDS: (k: number, units: number, what: string) =>
    `Cannot make ${k} folds from ${units} ${what}: k must be a whole number from 2 to ${units}.`,
  LENGTH_MISMATCH: (what: string, got: number, n: number) =>
    `${what} has ${got} entries but there are ${n} rows; give one per row.`,
  LEAKAGE: (summary: string) =>
    `This split leaks: ${summary}. Technical replicates of one sample are nearly the same measurement, ` +
    `so the test score would be too optimistic. Split by group instead (by: "group").`,
} as const;

export type DatasetErrorCode = keyof typeof datasetErrors;

/** An error from @nudge/datasets with a stable `code` from {@link datasetErrors}. */
export class DatasetError extends Error {
  readonly code: DatasetErrorCode;
  constructor(code: DatasetErrorCode, message: string) {
    super(message);
    this.name = "DatasetError";
    this.code = code;
  }
}

export function fail<C extends DatasetErrorCode>(code: C, ...args: Parameters<(typeof datasetErrors)[C]>): never {
  const make = datasetErrors[code] as (...a: unknown[]) => string;
  throw new DatasetError(code, make(...args));
}

export function checkSize(what: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) fail("BAD_SIZE", what, value);
  return value;
}

export function checkNumber(what: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail("BAD_NUMBER", what, value);
  return value;
}
