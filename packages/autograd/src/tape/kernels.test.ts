import { describe, expect, it } from "vitest";
import { AutogradError } from "../errors.js";
import { ADD, DOT, EXP, LEAF, LOG, MUL, POW, RELU, SIGMOID, TANH, forwardOf, opNames } from "../ops.js";
import { topologicalOrder } from "../topo.js";
import { Value } from "../value.js";
import { compileTape } from "./compile.js";
import { backwardLanes, forwardLanes } from "./lanes.js";
import type { Program } from "./program.js";
import { backwardSweep, forwardSweep } from "./sweep.js";

type Build = (x: Value, y: Value) => Value;

// One graph per op code, each ending in a product so every grad depends on the data. A new op
// code without an entry here fails the first test.
const graphs: Record<number, Build> = {
  [ADD]: (x, y) => x.add(y).mul(y),
  [MUL]: (x, y) => x.mul(y).mul(x),
  [POW]: (x, y) => x.pow(3).add(x.mul(x).add(0.5).pow(-1.5)).mul(y),
  [EXP]: (x, y) => x.exp().mul(y),
  [LOG]: (x, y) => x.mul(x).add(0.5).log().mul(y),
  [TANH]: (x, y) => x.tanh().mul(y),
  [RELU]: (x, y) => x.relu().mul(y),
  [SIGMOID]: (x, y) => x.sigmoid().mul(y),
  // DOT is the fused form of a neuron: one chain per activation, and one with none.
  [DOT]: (x, y) => {
    const neuron = (w0: number, w1: number, b: number) =>
      new Value(b).add(new Value(w0).mul(x)).add(new Value(w1).mul(y));
    return neuron(0.5, -0.7, 0.1)
      .relu()
      .add(neuron(-0.3, 0.8, -0.2).tanh())
      .add(neuron(0.9, 0.4, 0.3).sigmoid())
      .mul(neuron(0.2, 0.6, -0.4));
  },
};

// Both signs for x, so ReLU is seen on and off.
const samples: [number, number][] = [
  [0.7, -1.3],
  [-2.1, 0.4],
  [1.9, 2.6],
  [-0.3, -0.8],
];

/** The Value graph built on a sample: every node's data and grad after backward(), in topological order. */
function reference(build: Build, [x, y]: [number, number]) {
  const out = build(new Value(x), new Value(y));
  out.backward();
  return topologicalOrder(out).map((v) => ({ data: v.data, grad: v.grad }));
}

describe("Value, tape sweeps and tape lanes agree on every op", () => {
  it("has a graph for every op code", () => {
    expect(
      Object.keys(graphs)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(opNames.map((_, code) => code).slice(1));
  });

  for (const [code, build] of Object.entries(graphs)) {
    for (const fuse of [false, true]) {
      it(`${opNames[Number(code)]} (fuse: ${fuse})`, () => {
        const xs = [new Value(samples[0][0]), new Value(samples[0][1])];
        const out = build(xs[0], xs[1]);
        const tape = compileTape([out], { inputs: xs, fuse });
        if (Number(code) === DOT)
          expect(tape.instructionCount < tape.opCodes.filter((c) => c !== LEAF).length).toBe(fuse);
        else expect(tape.opCodes).toContain(Number(code));
        const batch = tape.batch(samples.length);
        samples.forEach((row, lane) => row.forEach((v, i) => (batch.values[batch.at(tape.inputSlots[i], lane)] = v)));
        batch.forward();
        batch.backward();
        // Unfused, every kernel does the Value graph's arithmetic in its order: bit for bit.
        // Fused, a chain's grads are the same sums, compared to 1e-12.
        const same = (got: number, want: number) =>
          fuse
            ? expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)))
            : expect(got).toBe(want);
        samples.forEach((row, lane) => {
          const ref = reference(build, row);
          expect(ref.length).toBe(tape.size);
          tape.setInputs(row);
          tape.forward();
          tape.zeroGrad();
          tape.backward();
          ref.forEach(({ data, grad }, slot) => {
            expect(tape.values[slot]).toBe(data);
            expect(batch.values[batch.at(slot, lane)]).toBe(data);
            same(tape.grads[slot], grad);
            same(batch.grads[batch.at(slot, lane)], grad);
          });
        });
      });
    }
  }
});

describe("an unknown op code is refused with UNKNOWN_OP, never skipped", () => {
  const expectUnknown = (run: () => unknown, where: RegExp) => {
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(AutogradError);
      expect((e as AutogradError).code).toBe("UNKNOWN_OP");
      expect((e as AutogradError).message).toMatch(where);
      return;
    }
    throw new Error("expected an UNKNOWN_OP error");
  };

  it("at compile, in Value.backward and in forwardOf", () => {
    const x = new Value(2, "x");
    const bad = x.exp();
    bad.label = "odd";
    bad._code = 42;
    expectUnknown(() => compileTape([bad]), /compileTape \(slot 1, label odd\): unknown op code 42/);
    expectUnknown(() => bad.backward(), /Value\.backward: unknown op code 42/);
    expectUnknown(() => forwardOf(42, 1, 2, 0), /forwardOf/);
  });

  it("in every sweep and lane kernel", () => {
    const program: Program = {
      code: Uint8Array.of(42),
      out: Int32Array.of(1),
      a: Int32Array.of(0),
      b: Int32Array.of(-1),
      c: Int32Array.of(-1),
      k: Float64Array.of(0),
      terms: new Int32Array(0),
    };
    const values = Float64Array.of(1, 0),
      grads = Float64Array.of(0, 1);
    expectUnknown(() => forwardSweep(program, values), /forwardSweep/);
    expectUnknown(() => backwardSweep(program, values, grads), /backwardSweep/);
    expectUnknown(() => forwardLanes(program, values, 1), /forwardLanes/);
    expectUnknown(() => backwardLanes(program, values, grads, 1), /backwardLanes/);
  });
});
