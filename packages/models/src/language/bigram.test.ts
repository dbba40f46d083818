import * as tf from "@tensorflow/tfjs";
import { loadNames } from "@nudge/datasets";
import { beforeAll, describe, expect, it } from "vitest";
import { referenceNll } from "../../test/reference-bigram.js";
import { useWasm } from "../../test/setup-wasm.js";
import { createCountingBigram, loadCountingBigram } from "./counting-bigram.js";
import { createNeuralBigram, loadNeuralBigram } from "./neural-bigram.js";
import { rowNormalise, rowSoftmax } from "./bigram-table.js";

beforeAll(useWasm);

const names = loadNames();

describe("counting bigram", () => {
  it("matches an independent count of the shipped names and the published 2.4544 / 2.4550", async () => {
    const ml = createCountingBigram({ smoothing: 0 });
    const smooth = createCountingBigram({ smoothing: 1 });
    await ml.fit(names);
    await smooth.fit(names);
    expect(ml.evaluate(names).nll).toBeCloseTo(referenceNll(names, 0), 10);
    expect(smooth.evaluate(names).nll).toBeCloseTo(referenceNll(names, 1), 10);
    expect(ml.evaluate(names)).toMatchObject({ count: 229804 });
    expect(ml.evaluate(names).nll).toBeCloseTo(2.4544, 4);
    expect(smooth.evaluate(names).nll).toBeCloseTo(2.455, 3);
    expect(Number.isFinite(smooth.evaluate(["qxz"]).nll)).toBe(true);
    const copy = await loadCountingBigram(await smooth.save());
    expect(copy.evaluate(names).nll).toBe(smooth.evaluate(names).nll);
  });

  it("samples reproducibly with a seed; low temperature picks likelier names", async () => {
    const model = createCountingBigram();
    await model.fit(names);
    expect(model.sample({ count: 5, seed: 3 })).toEqual(model.sample({ count: 5, seed: 3 }));
    const cold = model.sample({ count: 200, seed: 1, temperature: 0.3 });
    const warm = model.sample({ count: 200, seed: 1, temperature: 1 });
    expect(model.evaluate(cold).nll).toBeLessThan(model.evaluate(warm).nll);
    expect(() => model.sample({ temperature: 0 })).toThrow(/temperature/);
  });
});

describe("neural bigram", () => {
  it("rowSoftmax (plain numbers) exp-normalises W as tfjs's softmax does, and log-counts give back the count table", async () => {
    const model = createNeuralBigram({ seed: 3 });
    await model.fit(names.slice(0, 500), { steps: 5 });
    const plain = rowSoftmax(model.weights(), 27);
    model.probabilities().forEach((p, i) => expect(plain[i]).toBeCloseTo(p, 6));
    const counts = Float64Array.from({ length: 9 }, (_, k) => 1 + ((k * 7) % 5));
    const fromLogs = rowSoftmax(
      counts.map((c) => Math.log(c) + 1000),
      3,
    );
    rowNormalise(counts, 3).forEach((p, i) => expect(fromLogs[i]).toBeCloseTo(p, 12));
    model.dispose();
  });

  it("the one-hot network and the count-table route give the same loss and gradient", async () => {
    const subset = names.slice(0, 300);
    const a = createNeuralBigram({ seed: 7 });
    const b = createNeuralBigram({ seed: 7 });
    const ra = await a.fit(subset, { route: "one-hot", steps: 3, learningRate: 10 });
    const rb = await b.fit(subset, { route: "counts", steps: 3, learningRate: 10 });
    ra.losses.forEach((l, i) => expect(l).toBeCloseTo(rb.losses[i]!, 4));
    Array.from(a.weights()).forEach((w, i) => expect(w).toBeCloseTo(b.weights()[i]!, 3));
    a.dispose();
    b.dispose();
  });

  it("converges to the counting NLL (±0.01) on the shipped names without leaking tensors", async () => {
    const counting = createCountingBigram({ smoothing: 0 });
    await counting.fit(names);
    const model = createNeuralBigram({ seed: 1 });
    const before = tf.memory().numTensors;
    const counts: number[] = [];
    await model.fit(names, { steps: 400, onStep: () => counts.push(tf.memory().numTensors) });
    expect(new Set(counts).size).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
    const nll = model.evaluate(names).nll;
    expect(Math.abs(nll - counting.evaluate(names).nll)).toBeLessThan(0.01);
    const copy = await loadNeuralBigram(await model.save());
    expect(copy.evaluate(names).nll).toBeCloseTo(nll, 6);
    expect(copy.sample({ count: 3, seed: 9 })).toEqual(model.sample({ count: 3, seed: 9 }));
    model.dispose();
    copy.dispose();
  });
});
