/** Every problem message of @nudge/model-spec (one catalogue for the package). */
export const errorMessages = {
  SPEC_NOT_OBJECT: () => "The model spec must be a JSON object.",
  SPEC_VERSION: (got: unknown) => `Unsupported spec version ${JSON.stringify(got)}: expected 1.`,
  SPEC_FIELD_MISSING: (field: string) => `Missing "${field}".`,
  SPEC_NOT_ARRAY: () => "Expected an array.",
  SPEC_NOT_POSITIVE_INT: (got: unknown) => `Expected a positive whole number, got ${JSON.stringify(got)}.`,
  SPEC_NOT_IN_RANGE: (got: unknown, lo: number, hi: number) =>
    `Expected a number in [${lo}, ${hi}), got ${JSON.stringify(got)}.`,
  SPEC_NOT_POSITIVE: (got: unknown, hi: number) => `Expected a number in (0, ${hi}], got ${JSON.stringify(got)}.`,
  SPEC_NOT_BOOLEAN: (got: unknown) => `Expected true or false, got ${JSON.stringify(got)}.`,
  SPEC_NOT_ONE_OF: (got: unknown, options: readonly string[]) =>
    `Unknown value ${JSON.stringify(got)}: use one of ${options.map((o) => `"${o}"`).join(", ")}.`,
  SPEC_NO_LAYERS: () => "A model needs at least one layer.",
  SPEC_SHAPE_RANK: (layer: string, want: string, shape: readonly number[]) =>
    `A ${layer} layer needs input of shape ${want} (per example), but receives [${shape.join(", ")}].`,
  SPEC_CONV_TOO_SHORT: (length: number, kernel: number) =>
    `The sequence has length ${length}, shorter than the kernel (${kernel}): use padding "same" or a smaller kernel.`,
  SPEC_LOSS_TASK: (loss: string, task: string) => `The loss "${loss}" does not fit the task "${task}".`,
  SPEC_OUTPUT_UNITS: (loss: string, want: string, shape: readonly number[]) =>
    `The loss "${loss}" needs an output of ${want}, but the last layer gives [${shape.join(", ")}].`,
} as const;

/** A code of {@link errorMessages}. */
export type SpecErrorCode = keyof typeof errorMessages;
