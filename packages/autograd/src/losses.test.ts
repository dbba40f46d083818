import { describe, expect, it } from "vitest";
import { gradCheck } from "./grad-check.js";
import { bceWithLogits, l2, logSoftmax, logSumExp, maxMargin, mse, nll, softmaxCrossEntropy } from "./losses.js";
import { Value } from "./value.js";

const vals = (xs: number[]) => xs.map((x) => new Value(x));
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

describe("losses against plain-number formulas", () => {
  it("mse and maxMargin", () => {
    expect(mse(vals([1, 2, 4]), [0, 2, 1]).data).toBeCloseTo((1 + 0 + 9) / 3, 14);
    expect(maxMargin(vals([0.5, -2, 3]), [1, 1, -1]).data).toBeCloseTo((0.5 + 3 + 4) / 3, 14);
    expect(l2(vals([1, -2]), 0.1).data).toBeCloseTo(0.5, 14);
  });

  it("bceWithLogits equals -[y log σ(z) + (1 - y) log(1 - σ(z))] and has gradient (σ(z) - y)/n", () => {
    const z = [0.3, -1.7, 2.2],
      y = [1, 0, 0];
    const ref = z.reduce((s, zi, i) => s - (y[i] * Math.log(sigma(zi)) + (1 - y[i]) * Math.log(1 - sigma(zi))), 0) / 3;
    const logits = vals(z);
    const loss = bceWithLogits(logits, y);
    expect(loss.data).toBeCloseTo(ref, 13);
    loss.backward();
    logits.forEach((l, i) => expect(l.grad).toBeCloseTo((sigma(z[i]) - y[i]) / 3, 13));
  });

  it("bceWithLogits stays finite at huge logits (a wrong label costs about |z|)", () => {
    expect(bceWithLogits(vals([800]), [0]).data).toBeCloseTo(800, 10);
    expect(bceWithLogits(vals([-800]), [0]).data).toBe(0);
  });

  it("softmaxCrossEntropy equals -log softmax(z)[t], with gradient softmax - onehot", () => {
    const z = [1.5, -0.3, 0.8];
    const e = z.map(Math.exp),
      total = e.reduce((a, b) => a + b, 0);
    const logits = vals(z);
    const loss = softmaxCrossEntropy([logits], [2]);
    expect(loss.data).toBeCloseTo(-Math.log(e[2] / total), 14);
    loss.backward();
    logits.forEach((l, i) => expect(l.grad).toBeCloseTo(e[i] / total - (i === 2 ? 1 : 0), 14));
  });

  it("log-sum-exp does not overflow at logits of 1000", () => {
    expect(logSumExp(vals([1000, 1000])).data).toBeCloseTo(1000 + Math.LN2, 10);
    expect(softmaxCrossEntropy([vals([1000, 0])], [1]).data).toBeCloseTo(1000, 10);
  });

  it("nll of logSoftmax equals softmaxCrossEntropy", () => {
    const rows = [
        [0.2, 0.9, -1],
        [2, 0, 1],
      ],
      t = [0, 2];
    const a = nll(
      rows.map((r) => logSoftmax(vals(r))),
      t,
    ).data;
    const b = softmaxCrossEntropy(rows.map(vals), t).data;
    expect(a).toBeCloseTo(b, 14);
  });

  it("every loss's gradient equals finite differences", () => {
    const xs = vals([0.4, -1.1, 0.7]);
    const checks = [
      gradCheck((p) => mse(p, [1, 0, -1]), xs),
      gradCheck((p) => bceWithLogits(p, [1, 0, 1]), xs),
      gradCheck((p) => softmaxCrossEntropy([p], [1]), xs),
      gradCheck((p) => maxMargin(p, [1, -1, -1]), xs),
      gradCheck((p) => l2(p, 0.3), xs),
    ];
    for (const c of checks) expect(c.maxRelError).toBeLessThan(1e-7);
  });

  it("refuses mismatched lengths and bad classes", () => {
    expect(() => mse(vals([1, 2]), [1])).toThrow(/differ in length \(2 vs 1\)/);
    expect(() => softmaxCrossEntropy([vals([1, 2])], [2])).toThrow(/target 0 is class 2/);
    expect(() => maxMargin([], [])).toThrow(/at least one/);
  });
});
