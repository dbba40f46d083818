import { Value } from "@nudge/autograd";
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
