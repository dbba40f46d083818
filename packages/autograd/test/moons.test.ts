import { describe, expect, it } from "vitest";
import { l2, maxMargin } from "../src/losses.js";
import { MLP } from "../src/nn/mlp.js";
import { SGD } from "../src/optim.js";
import { compileTape } from "../src/tape/compile.js";
import { Value } from "../src/value.js";
import { makeMoons } from "./moons.js";

/** micrograd's demo.ipynb recipe: MLP(2, [16, 16, 1]), max-margin + 1e-4·L2, lr 1.0 - 0.9·k/100. */
function demoGraph(seed: number) {
  const data = makeMoons(100, 0.1, seed);
  const model = new MLP(2, [16, 16, 1], { seed });
  const inputs = data.x.map((row) => row.map((v) => new Value(v)));
  const scores = inputs.map((row) => model.forward(row)[0]);
  const loss = maxMargin(scores, data.y).add(l2(model.parameters(), 1e-4));
  return { data, model, inputs, scores, loss };
}

const accuracy = (scores: ArrayLike<number>, y: number[]) =>
  y.filter((yi, i) => yi > 0 === scores[i] > 0).length / y.length;

describe("micrograd's moons demo", () => {
  it("reaches 100% training accuracy in 100 SGD steps (compiled tape)", () => {
    const { data, model, inputs, scores, loss } = demoGraph(7);
    expect(model.parameters().length).toBe(337);
    const tape = compileTape([loss, ...scores], { inputs: inputs.flat(), params: model.parameters() });
    const opt = new SGD(tape, { lr: 1 });
    const scoreSlots = scores.map((s) => tape.indexOf(s));
    const first = (tape.forward(), tape.output(0));
    for (let k = 0; k < 100; k++) {
      tape.forward();
      tape.zeroGrad();
      tape.backward(0);
      opt.lr = 1.0 - (0.9 * k) / 100;
      opt.step();
    }
    tape.forward();
    expect(tape.output(0)).toBeLessThan(first / 10);
    expect(
      accuracy(
        scoreSlots.map((s) => tape.values[s]),
        data.y,
      ),
    ).toBe(1);
  });

  it("the tape's first steps equal micrograd-style Value steps (p.data -= lr * p.grad)", () => {
    const a = demoGraph(3),
      b = demoGraph(3);
    const tape = compileTape([b.loss], { inputs: b.inputs.flat(), params: b.model.parameters() });
    const params = a.model.parameters();
    for (let k = 0; k < 3; k++) {
      const scores = a.data.x.map((row) => a.model.forward(row)[0]);
      const loss = maxMargin(scores, a.data.y).add(l2(params, 1e-4));
      a.model.zeroGrad();
      loss.backward();
      tape.forward();
      tape.zeroGrad();
      tape.backward();
      expect(tape.output()).toBeCloseTo(loss.data, 12);
      params.forEach((p, i) => expect(tape.grads[tape.paramSlots[i]]).toBeCloseTo(p.grad, 12));
      const lr = 1.0 - (0.9 * k) / 100;
      for (const p of params) p.data -= lr * p.grad;
      tape.paramSlots.forEach((s) => (tape.values[s] -= lr * tape.grads[s]));
    }
  });
});
