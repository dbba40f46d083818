import { describe, expect, it } from "vitest";
import { Adam, SGD } from "./optim.js";
import { compileTape } from "./tape/compile.js";
import { Value } from "./value.js";

describe("SGD", () => {
  it("follows v = m·v + g, p -= lr·v on f(p) = p² (hand-computed)", () => {
    const p = new Value(1);
    const opt = new SGD([p], { lr: 0.1, momentum: 0.9 });
    const expected = [0.8, 0.46]; // g0 = 2, v = 2; g1 = 1.6, v = 3.4
    for (const want of expected) {
      opt.zeroGrad();
      p.mul(p).backward();
      opt.step();
      expect(p.data).toBeCloseTo(want, 14);
    }
  });
});

describe("Adam", () => {
  it("moves each parameter by lr·sign(grad) on its first step (bias correction), then follows the formula", () => {
    const p = new Value(1),
      q = new Value(-3);
    const opt = new Adam([p, q], { lr: 0.01 });
    p.mul(p).add(q.mul(0.5)).backward();
    opt.step();
    expect(p.data).toBeCloseTo(0.99, 9);
    expect(q.data).toBeCloseTo(-3.01, 9);
    opt.zeroGrad();
    const p1 = p.data,
      g = 2 * p1;
    p.mul(p).backward();
    opt.step();
    const m = (0.9 * 0.1 * 2 + 0.1 * g) / (1 - 0.81);
    const v = (0.999 * 0.001 * 4 + 0.001 * g ** 2) / (1 - 0.999 ** 2);
    expect(p.data).toBeCloseTo(p1 - (0.01 * m) / (Math.sqrt(v) + 1e-8), 14);
  });

  it("updates a tape's param slots exactly as it updates Values", () => {
    const build = () => {
      const w = new Value(0.5),
        b = new Value(-0.2);
      return { w, b, loss: w.mul(3).add(b).tanh().sub(0.3).pow(2) };
    };
    const a = build(),
      b = build();
    const tape = compileTape([b.loss], { params: [b.w, b.b] });
    const optA = new Adam([a.w, a.b], { lr: 0.05 }),
      optB = new Adam(tape, { lr: 0.05 });
    for (let k = 0; k < 5; k++) {
      const fresh = a.w.mul(3).add(a.b).tanh().sub(0.3).pow(2);
      optA.zeroGrad();
      fresh.backward();
      optA.step();
      tape.forward();
      optB.zeroGrad();
      tape.backward();
      optB.step();
    }
    expect(tape.values[tape.paramSlots[0]]).toBe(a.w.data);
    expect(tape.values[tape.paramSlots[1]]).toBe(a.b.data);
  });

  it("refuses a non-finite learning rate or gradient, leaving the parameters untouched", () => {
    expect(() => new SGD([], { lr: Number.NaN })).toThrow(/lr must be a finite number/);
    const p = new Value(0, "w");
    p.pow(0.5).backward(); // d√p/dp at 0 is infinite
    expect(() => new Adam([p], { lr: 0.1 }).step()).toThrow(/parameter 0 \(w\) has gradient Infinity/);
    expect(p.data).toBe(0);
  });
});
