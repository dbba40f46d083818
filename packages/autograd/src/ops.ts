import { fail } from "./errors.js";

/** Op codes shared by `Value`, the tape and the stepper: one small integer per primitive. */
export const LEAF = 0;
export const ADD = 1;
export const MUL = 2;
export const POW = 3;
export const EXP = 4;
export const LOG = 5;
export const TANH = 6;
export const RELU = 7;
export const SIGMOID = 8;
/** Tape only: a fused chain `start + Σ a_i·b_i` (a neuron's pre-activation). */
export const DOT = 9;

/** True for the op codes a `Value` can carry (LEAF … SIGMOID); DOT exists only on a compiled tape. */
export function isValueOp(code: number): boolean {
  return Number.isInteger(code) && code >= LEAF && code <= SIGMOID;
}

/** Display names by op code, as micrograd prints them (`**` gets its exponent appended). */
export const opNames: readonly string[] = ["", "+", "*", "**", "exp", "log", "tanh", "ReLU", "sigmoid", "dot"];

/** A numerically stable logistic function: never evaluates `exp` of a large positive number. */
export function sigmoidOf(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** The forward rule of op `code` on operand values `a`, `b` and pow exponent `k`. */
export function forwardOf(code: number, a: number, b: number, k: number): number {
  switch (code) {
    case ADD:
      return a + b;
    case MUL:
      return a * b;
    case POW:
      return Math.pow(a, k);
    case EXP:
      return Math.exp(a);
    case LOG:
      return Math.log(a);
    case TANH:
      return Math.tanh(a);
    case RELU:
      return a < 0 ? 0 : a;
    case SIGMOID:
      return sigmoidOf(a);
    case LEAF:
      return a;
    default:
      return fail("UNKNOWN_OP", "forwardOf", code);
  }
}
