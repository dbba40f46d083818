import { describe, expect, it } from "vitest";
import { Value } from "./value.js";

/** Central finite difference of a scalar function of two numbers, with respect to argument `which`. */
function central(f: (a: number, b: number) => number, a: number, b: number, which: 0 | 1, h = 1e-6): number {
  return which === 0 ? (f(a + h, b) - f(a - h, b)) / (2 * h) : (f(a, b + h) - f(a, b - h)) / (2 * h);
}

type Build = (a: Value, b: Value) => Value;
// Each op's reference is plain Math, independent of the engine.
const cases: [string, Build, (a: number, b: number) => number][] = [
  ["add", (a, b) => a.add(b), (a, b) => a + b],
  ["sub", (a, b) => a.sub(b), (a, b) => a - b],
  ["mul", (a, b) => a.mul(b), (a, b) => a * b],
  ["div", (a, b) => a.div(b), (a, b) => a / b],
  ["neg", (a) => a.neg(), (a) => -a],
  ["pow 3", (a) => a.pow(3), (a) => a ** 3],
  ["pow -2", (a) => a.pow(-2), (a) => a ** -2],
  ["pow 0.5 of |a|", (a) => a.mul(a).pow(0.5), (a) => Math.sqrt(a * a)],
  ["exp", (a) => a.exp(), (a) => Math.exp(a)],
  ["log", (a) => a.mul(a).log(), (a) => Math.log(a * a)],
  ["tanh", (a) => a.tanh(), (a) => Math.tanh(a)],
  ["relu", (a) => a.relu(), (a) => Math.max(0, a)],
  ["sigmoid", (a) => a.sigmoid(), (a) => 1 / (1 + Math.exp(-a))],
  ["number operand", (a) => a.mul(2.5).sub(1).div(4).add(3), (a) => (a * 2.5 - 1) / 4 + 3],
];
const points: [number, number][] = [
  [0.7, -1.3],
  [-2.1, 0.4],
  [1.9, 2.6],
];

describe("every op's gradient equals central finite differences", () => {
  for (const [name, build, ref] of cases) {
    it(name, () => {
      for (const [x, y] of points) {
        const a = new Value(x),
          b = new Value(y);
        const out = build(a, b);
        expect(out.data).toBeCloseTo(ref(x, y), 12);
        out.backward();
        expect(a.grad).toBeCloseTo(central(ref, x, y, 0), 6);
        expect(b.grad).toBeCloseTo(central(ref, x, y, 1), 6);
      }
    });
  }

  it("sigmoid stays finite and exact at large |x|", () => {
    expect(new Value(-800).sigmoid().data).toBe(0);
    expect(new Value(800).sigmoid().data).toBe(1);
    expect(new Value(-40).sigmoid().data).toBeCloseTo(Math.exp(-40), 30);
  });
});
