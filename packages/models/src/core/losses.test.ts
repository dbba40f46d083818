import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { useWasm } from "../../test/setup-wasm.js";
import { lossFromRaw } from "./losses.js";

beforeAll(useWasm);

const value = (t: tf.Scalar) => {
  const v = t.dataSync()[0]!;
  t.dispose();
  return v;
};

describe("lossFromRaw against scalar formulas", () => {
  it("cross-entropy from logits equals -log softmax[target]", () => {
    const logits = [
      [1, 2, 0.5],
      [-1, 0, 3],
    ];
    const targets = [1, 2];
    const expected =
      targets
        .map((t, i) => Math.log(logits[i]!.reduce((s, z) => s + Math.exp(z), 0)) - logits[i]![t]!)
        .reduce((a, b) => a + b) / 2;
    expect(value(lossFromRaw("crossEntropy", tf.tensor2d(logits), tf.tensor1d(targets, "int32")))).toBeCloseTo(
      expected,
      5,
    );
  });

  it("cross-entropy's hand-written gradient equals (softmax − onehot) / rows and central differences", () => {
    const logits = [
      [1, 2, 0.5],
      [-1, 0, 3],
    ];
    const targets = tf.tensor1d([1, 2], "int32");
    const f = (z: tf.Tensor) => lossFromRaw("crossEntropy", z, targets);
    const grad = tf.grad(f)(tf.tensor2d(logits)).arraySync() as number[][];
    logits.forEach((row, i) => {
      const total = row.reduce((s, z) => s + Math.exp(z), 0);
      row.forEach((z, j) => expect(grad[i]![j]!).toBeCloseTo((Math.exp(z) / total - (j === [1, 2][i] ? 1 : 0)) / 2, 5));
      row.forEach((_, j) => {
        const h = 1e-2;
        const bump = (d: number) =>
          value(f(tf.tensor2d(logits.map((r, a) => r.map((z, b) => (a === i && b === j ? z + d : z))))));
        expect(grad[i]![j]!).toBeCloseTo((bump(h) - bump(-h)) / (2 * h), 3);
      });
    });
    targets.dispose();
  });

  it("binary cross-entropy, Poisson NLL, hinge and MSE", () => {
    const z = [-2, 0.3, 4];
    const y = [0, 1, 1];
    const sig = (v: number) => 1 / (1 + Math.exp(-v));
    const bce = -z.reduce((s, v, i) => s + (y[i] ? Math.log(sig(v)) : Math.log(1 - sig(v))), 0) / 3;
    expect(value(lossFromRaw("binaryCrossEntropy", tf.tensor1d(z), tf.tensor1d(y)))).toBeCloseTo(bce, 5);
    const counts = [0, 2, 7];
    const poisson = z.reduce((s, eta, i) => s + Math.exp(eta) - counts[i]! * eta, 0) / 3;
    expect(value(lossFromRaw("poissonNll", tf.tensor1d(z), tf.tensor1d(counts)))).toBeCloseTo(poisson, 4);
    const hinge = z.reduce((s, v, i) => s + Math.max(0, 1 - (y[i] ? 1 : -1) * v), 0) / 3;
    expect(value(lossFromRaw("hinge", tf.tensor1d(z), tf.tensor1d(y)))).toBeCloseTo(hinge, 5);
    expect(value(lossFromRaw("hinge", tf.tensor1d(z), tf.tensor1d([-1, 1, 1])))).toBeCloseTo(hinge, 5);
    expect(value(lossFromRaw("mse", tf.tensor2d([[1, 2]]), tf.tensor2d([[0, 4]])))).toBeCloseTo(2.5, 6);
  });
});
