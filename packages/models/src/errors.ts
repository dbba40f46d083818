/** Every error code of @nudge/models with its message (one catalogue for the package). */
export const errorMessages = {
  SPEC_INVALID: (problems: readonly { path: string; message: string }[]) =>
    `The model spec is invalid: ${problems.map((p) => `${p.path || "(root)"}: ${p.message}`).join("; ")}`,
  BACKEND_UNAVAILABLE: (names: readonly string[]) =>
    `No tfjs backend could start (tried ${names.join(", ")}): check that @tensorflow/tfjs-backend-wasm is installed.`,
  DATA_SHAPE: (what: string, want: string, got: readonly number[]) =>
    `${what} must have shape ${want}, got [${got.join(", ")}].`,
  DATA_NOT_FINITE: (what: string, index: number) => `${what} holds a non-finite number at index ${index}.`,
  DATA_EMPTY: (what: string) => `${what} is empty: nothing to train on.`,
  DATA_BAD_TARGET: (what: string, index: number, rule: string) => `${what}[${index}] is invalid: ${rule}.`,
  DATA_BAD_CHAR: (word: string, char: string) =>
    `The word "${word}" holds "${char}", which is not in the vocabulary (a-z).`,
  LOSS_NOT_FINITE: (step: number) =>
    `The loss became non-finite at step ${step}: lower the learning rate or check the data.`,
  MODEL_DISPOSED: () => "This model was disposed: create a new one.",
  OPTION_INVALID: (name: string, rule: string, got: unknown) =>
    `Option "${name}" must be ${rule}, got ${JSON.stringify(got)}.`,
  SAVED_MISMATCH: (what: string) => `The saved model does not match: ${what}.`,
  GLM_NO_FIT: (family: string, why: string) => `The ${family} GLM has no maximum-likelihood fit: ${why}.`,
} as const;

/** A code of {@link errorMessages}. */
export type ErrorCode = keyof typeof errorMessages;

/** An error from @nudge/models, carrying its catalogue code. */
export class ModelError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "ModelError";
    this.code = code;
  }
}

/** Build a {@link ModelError} from a code and the message's arguments. */
export function modelError<C extends ErrorCode>(code: C, ...args: Parameters<(typeof errorMessages)[C]>): ModelError {
  const make = errorMessages[code] as (...a: unknown[]) => string;
  return new ModelError(code, `[${code}] ${make(...args)}`);
}
