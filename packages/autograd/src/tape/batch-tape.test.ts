import { describe, expect, it } from "vitest";
import { topologicalOrder } from "../topo.js";
import { Value } from "../value.js";
import { compileTape } from "./compile.js";

/** A loss with every op: two fused neurons (relu, sigmoid), tanh, exp, log, pow, div, sub, neg. */
function lossGraph() {
  const x = [new Value(0.4, "x0"), new Value(-0.9, "x1")];
  const w = [0.5, -0.7, 0.1, 0.8, -0.3, 0.6].map((v, i) => new Value(v, `w${i}`));
  const b = [new Value(0.2, "b0"), new Value(-0.1, "b1")];
  const h0 = b[0].add(w[0].mul(x[0])).add(w[1].mul(x[1])).relu();
  const h1 = b[1].add(w[2].mul(x[0])).add(w[3].mul(x[1])).sigmoid();
  const o = h0.mul(w[4]).add(h1.mul(w[5])).tanh();
  const y = new Value(0.3, "y");
  const loss = o.sub(y).pow(2).add(h1.exp().log().div(3)).add(h0.add(1).pow(-1).neg());
  return { x, y, params: [...w, ...b], loss };
}

const samples = [
  [0.4, -0.9, 0.3],
  [1.5, 0.2, -1],
  [-2, 1.1, 0.5],
  [0.01, 0.02, 0],
  [3, -3, 1],
];

describe("BatchTape (tape.batch)", () => {
  for (const fuse of [true, false]) {
    it(`every lane equals the one-sample tape run on that sample (fuse: ${fuse})`, () => {
      const g = lossGraph();
      const inputs = [...g.x, g.y];
      const tape = compileTape([g.loss], { inputs, params: g.params, fuse });
      const batch = tape.batch(8);
      batch.lanes = samples.length;
      samples.forEach((row, l) => row.forEach((v, i) => (batch.values[batch.at(tape.inputSlots[i]!, l)] = v)));
      batch.forward();
      batch.zeroGrad();
      batch.backward();
      const sums = new Float64Array(g.params.length);
      samples.forEach((row, l) => {
        tape.setInputs(row);
        tape.forward();
        tape.zeroGrad();
        tape.backward();
        for (let s = 0; s < tape.size; s++) {
          expect(batch.values[batch.at(s, l)]).toBe(tape.values[s]);
          expect(batch.grads[batch.at(s, l)]).toBeCloseTo(tape.grads[s]!, 12);
        }
        g.params.forEach((_, p) => (sums[p]! += tape.grads[tape.paramSlots[p]!]!));
      });
      g.params.forEach((_, p) => expect(batch.gradSum(tape.paramSlots[p]!)).toBeCloseTo(sums[p]!, 12));
      expect(batch.firstNonFinite()).toBeNull();
    });
  }

  it("matches the Value graph for the first sample (an independent reference)", () => {
    const g = lossGraph();
    const tape = compileTape([g.loss], { inputs: [...g.x, g.y], params: g.params });
    const batch = tape.batch(3);
    batch.forward();
    batch.backward();
    g.loss.backward();
    for (const v of topologicalOrder(g.loss)) {
      for (let l = 0; l < 3; l++) {
        expect(batch.values[batch.at(tape.indexOf(v), l)]).toBeCloseTo(v.data, 14);
        expect(batch.grads[batch.at(tape.indexOf(v), l)]).toBeCloseTo(v.grad, 12);
      }
    }
  });

  it("lets NaN and infinity flow and finds the first slot and lane holding one; skips inactive lanes", () => {
    const x = new Value(1, "x");
    const y = x.log().exp();
    const tape = compileTape([y], { inputs: [x] });
    const batch = tape.batch(4);
    batch.values[batch.at(tape.inputSlots[0]!, 2)] = -1;
    batch.values[batch.at(tape.inputSlots[0]!, 3)] = 0;
    batch.lanes = 2;
    batch.forward();
    expect(batch.firstNonFinite()).toBeNull();
    batch.lanes = 4;
    batch.forward();
    expect(batch.firstNonFinite()).toEqual({ slot: tape.indexOf(y.children[0]!), lane: 2 });
    expect(batch.values[batch.at(tape.indexOf(y), 3)]).toBe(0);
  });

  it("broadcast writes a shared number into every lane", () => {
    const w = new Value(2, "w");
    const out = w.mul(w);
    const tape = compileTape([out], { params: [w] });
    const batch = tape.batch(3);
    batch.broadcast(tape.paramSlots[0]!, 3);
    batch.forward();
    batch.backward();
    expect([0, 1, 2].map((l) => batch.values[batch.at(tape.indexOf(out), l)])).toEqual([9, 9, 9]);
    expect(batch.gradSum(tape.paramSlots[0]!)).toBe(18);
    expect(() => tape.batch(0)).toThrow(/lanes/);
  });
});
