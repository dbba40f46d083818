import { AutogradError, Value } from "@nudge/autograd";
import type { Arith } from "../kinds/types.js";

const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

/** Plain-number arithmetic, for fast predictions (decision boundaries, node maps). */
export const numberOps: Arith<number> = {
  const: (x) => x,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  pow: (a, n) => Math.pow(a, n),
  neg: (a) => -a,
  exp: Math.exp,
  log: Math.log,
  tanh: Math.tanh,
  relu: (a) => (a < 0 ? 0 : a),
  sigmoid,
};

/** `@nudge/autograd` Value arithmetic: builds the graph that the tape compiles. */
export const valueOps: Arith<Value> = {
  const: (x, label) => new Value(x, label ?? ""),
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  pow: (a, n) => a.pow(n),
  neg: (a) => a.neg(),
  exp: (a) => a.exp(),
  log: (a) => a.log(),
  tanh: (a) => a.tanh(),
  relu: (a) => a.relu(),
  sigmoid: (a) => a.sigmoid(),
};

/** Runs `op`; if a Value domain check refuses the operands' current numbers, retries with each operand at 1 and restores them. */
function guarded(op: () => Value, ...operands: Value[]): Value {
  try {
    return op();
  } catch (error) {
    if (!(error instanceof AutogradError)) throw error;
    const kept = operands.map((v) => v.data);
    for (const v of operands) v.data = 1;
    try {
      return op();
    } finally {
      operands.forEach((v, i) => (v.data = kept[i]!));
    }
  }
}

/**
 * Value arithmetic for building the tape's structure: like {@link valueOps}, but an op whose
 * placeholder numbers fall outside its domain (log of 0, 0⁻¹, ∞ − ∞) is built anyway. The numbers
 * in the built graph do not matter: the tape recomputes every op from real inputs, and a real
 * domain error shows up there as a NaN or infinity, named by `nonFinite()`.
 */
export const buildOps: Arith<Value> = {
  const: valueOps.const,
  add: (a, b) => guarded(() => a.add(b), a, b),
  sub: (a, b) => guarded(() => a.sub(b), a, b),
  mul: (a, b) => guarded(() => a.mul(b), a, b),
  div: (a, b) => guarded(() => a.div(b), a, b),
  pow: (a, n) => guarded(() => a.pow(n), a),
  neg: (a) => guarded(() => a.neg(), a),
  exp: (a) => guarded(() => a.exp(), a),
  log: (a) => guarded(() => a.log(), a),
  tanh: (a) => guarded(() => a.tanh(), a),
  relu: (a) => guarded(() => a.relu(), a),
  sigmoid: (a) => guarded(() => a.sigmoid(), a),
};
