/** Every error this package throws, by code: what went wrong and what to do. */
export const errorMessages = {
  BAD_OPERAND: (where: string, got: unknown) =>
    `${where}: expected a Value or a finite number, got ${describe(got)}. Wrap numbers with new Value(x) or pass a number.`,
  BAD_DATA: (got: unknown) => `new Value(data): data must be a number (not NaN), got ${describe(got)}.`,
  LOG_DOMAIN: (x: number, label: string) =>
    `log(${x}) at node ${label || "(unlabelled)"}: log needs a positive input; check the value feeding this node.`,
  POW_DOMAIN: (x: number, k: number, label: string) =>
    `pow(${x}, ${k}) at node ${label || "(unlabelled)"}: a negative base needs an integer exponent.`,
  NAN_RESULT: (op: string, a: number, b: number) =>
    `op "${op}" produced NaN from ${Number.isNaN(b) ? `operand ${a}` : `operands ${a} and ${b}`}; a value overflowed to Infinity upstream.`,
  DIV_ZERO: (label: string) =>
    `division by zero at node ${label || "(unlabelled)"} (dividing by 0, or 0 raised to a negative power); check the divisor's value.`,
  POW_EXPONENT: (k: unknown) =>
    `pow(k): the exponent must be a finite number (micrograd supports int/float powers only), got ${describe(k)}.`,
  UNKNOWN_OP: (where: string, code: number) =>
    `${where}: unknown op code ${code} (ops.ts lists 0..9); a new op needs a case in value.ts, tape/sweep.ts and tape/lanes.ts (README, "How to add an op").`,
  TAPE_NOT_LEAF: (kind: string, i: number, op: string) =>
    `compileTape: ${kind}[${i}] is made by op "${op}"; inputs and params must be leaves (new Value(x)).`,
  TAPE_INDEX: (kind: string, i: number, n: number) => `Tape: ${kind} index ${i} is out of range (0..${n - 1}).`,
  TAPE_NAN: (slot: number, op: string, label: string) =>
    `Tape.forward: slot ${slot} (op "${op}", label ${label || "(unlabelled)"}) is not finite (NaN or ±Infinity); check the inputs and parameters feeding it.`,
  TAPE_BAD_INPUT: (i: number, got: unknown) =>
    `Tape.setInput(${i}, x): x must be a finite number, got ${describe(got)}.`,
  TAPE_LENGTH: (what: string, got: number, want: number) => `Tape.${what}: expected ${want} numbers, got ${got}.`,
  NN_ARITY: (where: string, got: number, want: number) => `${where}: expected ${want} inputs, got ${got}.`,
  NN_EMPTY: () => "MLP: nouts must list at least one layer size, e.g. new MLP(2, [16, 16, 1]).",
  NN_LAYERS: (got: number, want: number) =>
    `MLP options.activations: expected ${want} entries (one per layer), got ${got}.`,
  LOSS_LENGTH: (name: string, got: number, want: number) =>
    `${name}: predictions and targets differ in length (${got} vs ${want}).`,
  LOSS_EMPTY: (name: string) => `${name}: needs at least one prediction.`,
  LOSS_CLASS: (name: string, i: number, t: number, n: number) =>
    `${name}: target ${i} is class ${t}, but there are only ${n} logits (0..${n - 1}).`,
  GRADCHECK_STEP: (h: number) => `gradCheck: step h must be a positive finite number, got ${h}.`,
  OPTIM_NONFINITE: (name: string, i: number, label: string, g: number) =>
    `${name}.step: parameter ${i} (${label || "unlabelled"}) has gradient ${g}; lower the learning rate or check the loss for overflow.`,
  OPTIM_LR: (name: string, lr: unknown) => `${name}: lr must be a finite number, got ${describe(lr)}.`,
} as const;

/** The codes of {@link errorMessages}. */
export type AutogradErrorCode = keyof typeof errorMessages;

/** An error with a stable `code` from {@link errorMessages}. */
export class AutogradError extends Error {
  readonly code: AutogradErrorCode;
  constructor(code: AutogradErrorCode, message: string) {
    super(message);
    this.name = "AutogradError";
    this.code = code;
  }
}

/** Throws the catalogued error `code` with its formatted message. */
export function fail<C extends AutogradErrorCode>(code: C, ...args: Parameters<(typeof errorMessages)[C]>): never {
  const format = errorMessages[code] as (...a: unknown[]) => string;
  throw new AutogradError(code, format(...args));
}

function describe(x: unknown): string {
  if (typeof x === "number") return String(x);
  if (x === null) return "null";
  if (typeof x === "object") return x.constructor?.name ?? "object";
  return typeof x === "string" ? JSON.stringify(x) : typeof x;
}
