import { describe, expect, it } from "vitest";
import { topologicalOrder } from "../topo.js";
import { Value } from "../value.js";
import { compileTape } from "./compile.js";

function neuronGraph(xs: number[], ws: number[], bias: number) {
  const x = xs.map((v, i) => new Value(v, `x${i}`));
  const w = ws.map((v, i) => new Value(v, `w${i}`));
  const b = new Value(bias, "b");
  let act = b;
  for (let i = 0; i < x.length; i++) act = act.add(w[i].mul(x[i]));
  const out = act.tanh();
  const loss = out.sub(0.25).pow(2).add(w[0].mul(w[0]).mul(0.01));
  return { x, w, b, out, loss };
}

describe("compileTape", () => {
  for (const fuse of [false, true]) {
    it(`gives the Value graph's values and grads (fuse: ${fuse})`, () => {
      const g = neuronGraph([0.3, -1.2, 2], [0.5, -0.7, 0.1], 0.2);
      const tape = compileTape([g.loss], { inputs: g.x, params: [...g.w, g.b], fuse });
      const order = topologicalOrder(g.loss);
      expect(tape.size).toBe(order.length);
      if (fuse) expect(tape.instructionCount).toBeLessThan(order.length - 7);
      tape.forward();
      tape.zeroGrad();
      tape.backward();
      g.loss.backward();
      for (const v of order) {
        expect(tape.valueOf(v)).toBe(v.data);
        expect(tape.gradOf(v)).toBeCloseTo(v.grad, 14);
      }
    });
  }

  for (const act of ["relu", "tanh", "sigmoid"] as const) {
    it(`fuses a neuron with its ${act} into one instruction and still matches the Value graph`, () => {
      const x = [0.3, -1.2, 2].map((v) => new Value(v)),
        w = [0.5, -0.7, 0.1].map((v) => new Value(v));
      const pre = x.reduce((acc, xi, i) => acc.add(w[i].mul(xi)), new Value(0.2, "b"));
      const out = pre[act]().mul(pre[act]().add(1)); // two activations of one sum: only fanout-1 sums fuse
      const single = x.reduce((acc, xi, i) => acc.add(w[i].mul(xi)), new Value(-0.1))[act]();
      const loss = out.add(single);
      const tape = compileTape([loss], { params: w });
      // pre's chain, its 2 activations, "+ 1", single's chain with its activation, and
      // loss = single + act·(act + 1) as a one-term chain that absorbs the product.
      expect(tape.instructionCount).toBe(1 + 2 + 1 + 1 + 1);
      tape.forward();
      tape.backward();
      loss.backward();
      for (const v of topologicalOrder(loss)) {
        expect(tape.valueOf(v)).toBe(v.data);
        expect(tape.gradOf(v)).toBeCloseTo(v.grad, 14);
      }
    });
  }

  it("re-runs with new inputs and params like a freshly built graph", () => {
    const g = neuronGraph([0, 0, 0], [0, 0, 0], 0);
    const tape = compileTape([g.loss, g.out], { inputs: g.x, params: [...g.w, g.b] });
    tape.setInputs([1, 2, -0.5]);
    [0.4, 0.3, -0.2, 0.05].forEach((p, i) => (tape.values[tape.paramSlots[i]] = p));
    tape.forward();
    tape.zeroGrad();
    tape.backward(0);
    const fresh = neuronGraph([1, 2, -0.5], [0.4, 0.3, -0.2], 0.05);
    fresh.loss.backward();
    expect(tape.output(0)).toBe(fresh.loss.data);
    expect(tape.output(1)).toBe(fresh.out.data);
    fresh.w.forEach((w, i) => expect(tape.grads[tape.paramSlots[i]]).toBeCloseTo(w.grad, 14));
    fresh.x.forEach((x, i) => expect(tape.grads[tape.inputSlots[i]]).toBeCloseTo(x.grad, 14));
  });

  it("accumulates on a second backward() exactly like Value.backward()", () => {
    const g = neuronGraph([0.3, -1.2, 2], [0.5, -0.7, 0.1], 0.2);
    const tape = compileTape([g.loss], { params: g.w });
    tape.forward();
    tape.backward();
    tape.backward();
    g.loss.backward();
    g.loss.backward();
    for (const v of topologicalOrder(g.loss)) expect(tape.gradOf(v)).toBeCloseTo(v.grad, 13);
  });

  it("indexOf stays right after other sorts and compilations touch the same Values", () => {
    const g = neuronGraph([0.3, -1.2, 2], [0.5, -0.7, 0.1], 0.2);
    const order = topologicalOrder(g.loss);
    const tape = compileTape([g.loss]);
    const expected = order.map((v) => tape.indexOf(v));
    expect(expected).toEqual(order.map((_, i) => i));
    topologicalOrder(g.out);
    const other = compileTape([g.out.mul(2)]);
    expect(order.map((v) => tape.indexOf(v))).toEqual(expected);
    expect(other.indexOf(g.out)).toBe(other.size - 3);
    expect(tape.indexOf(new Value(1))).toBe(-1);
    expect(tape.nodes[tape.indexOf(g.b)]).toBe(g.b);
  });

  it("refuses non-leaf inputs and non-finite inputs, and names a slot that turns non-finite", () => {
    const x = new Value(1, "x");
    const y = x.log();
    expect(() => compileTape([y], { inputs: [y] })).toThrow(/inputs\[0\] is made by op "log"/);
    const tape = compileTape([y], { inputs: [x] });
    expect(() => tape.setInput(0, Number.NaN)).toThrow(/finite number/);
    expect(() => tape.setInput(3, 1)).toThrow(/out of range/);
    tape.setInput(0, -1);
    expect(() => tape.forward()).toThrow(/slot 1 \(op "log"/);
  });
});
