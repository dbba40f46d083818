import fc from "fast-check";
import { Value } from "../src/value.js";

/** One step of a random expression program: an op applied to earlier nodes (indices taken modulo). */
export interface RandomOp {
  op: number;
  i: number;
  j: number;
  k: number;
}

/** Leaves and ops for fast-check: small graphs that mix every primitive and sugar op. */
export const programArb = fc.record({
  leaves: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 1, maxLength: 4 }),
  ops: fc.array(
    fc.record({ op: fc.integer({ min: 0, max: 11 }), i: fc.nat(), j: fc.nat(), k: fc.integer({ min: 0, max: 3 }) }),
    { minLength: 1, maxLength: 14 },
  ),
});

const exponents = [2, 3, -1, 0.5];

/** Keeps magnitudes moderate and away from kinks and domain edges, so finite differences are meaningful. */
function tame(v: Value): Value {
  return Math.abs(v.data) > 50 ? v.tanh() : v;
}

/** Builds the program on `leaves` (Values, or numbers that become new Values), returning every node made and the last one as the output. */
export function buildProgram(
  leaves: readonly (Value | number)[],
  ops: readonly RandomOp[],
): { nodes: Value[]; out: Value } {
  const nodes = leaves.map((x) => (typeof x === "number" ? new Value(x) : x));
  for (const { op, i, j, k } of ops) {
    const a = nodes[i % nodes.length],
      b = nodes[j % nodes.length];
    let r: Value;
    switch (op) {
      case 0:
        r = a.add(b);
        break;
      case 1:
        r = a.mul(b);
        break;
      case 2:
        r = a.sub(b);
        break;
      case 3:
        r = a.div(b.mul(b).add(0.5));
        break;
      case 4:
        r =
          exponents[k] > 0 && exponents[k] < 1
            ? a.mul(a).add(0.1).pow(exponents[k])
            : a.pow(exponents[k] === -1 ? 2 : exponents[k]);
        break;
      case 5:
        r = Math.abs(a.data) < 5 ? a.exp() : a.tanh().exp();
        break;
      case 6:
        r = a.mul(a).add(0.2).log();
        break;
      case 7:
        r = a.tanh();
        break;
      case 8:
        r = Math.abs(a.data) > 1e-3 ? a.relu() : a.tanh();
        break;
      case 9:
        r = a.sigmoid();
        break;
      case 10:
        r = a.neg();
        break;
      default:
        r = a.mul(k - 1.5).add(b);
        break;
    }
    nodes.push(tame(r));
  }
  return { nodes, out: nodes[nodes.length - 1] };
}
