import * as tf from "@tensorflow/tfjs";
import { loadNames, makeTextSplit } from "@nudge/datasets";
import { compile, createTemplate, type GraphDoc } from "@nudge/graph";
import { buildModel, createCountingBigram, selectBackend } from "@nudge/models";
import { bigramPairs } from "@nudge/encoders";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { createWorkerApi } from "../src/worker/api.js";
import { bigramLossGrad } from "../src/worker/text/bigram-counts.js";
import { countTable } from "../src/worker/text/text-data.js";

let api: ReturnType<typeof createWorkerApi> | undefined;
afterEach(() => api?.dispose());
beforeAll(() => selectBackend({ prefer: ["wasm", "cpu"] }));

const letters = /^[a-z]+$/;

async function open(doc: GraphDoc) {
  api = createWorkerApi();
  expect(await api.load(doc)).toMatchObject({ ok: true });
  return api;
}

describe("the neural bigram's count-matrix route", () => {
  test("gives tfjs autograd's loss and gradient on the same weights (one SGD step of the compiled ModelSpec)", async () => {
    const doc = createTemplate("bigram-neural");
    const compiled = compile(doc);
    if (!compiled.ok || compiled.kind !== "model") throw new Error("expected a layer graph");
    const words = loadNames().slice(0, 3000);
    const vocab = makeTextSplit({ source: "names", seed: 1, fractions: [1, 0, 0] }).vocab;
    const { xs, ys } = bigramPairs(words, vocab);
    const model = buildModel(compiled.spec, { seed: 5 });
    const before = Float64Array.from(model.weights()[0]!.values);
    const rows = { features: Float32Array.from(xs), targets: Float32Array.from(ys) };
    const l2 = 0.01;
    const tfLoss = model.evaluate(rows).loss + l2 * before.reduce((s, w) => s + w * w, 0);
    await model.fit(rows, { steps: 1, learningRate: 1, optimizer: "sgd", l2, batchSize: "all" });
    const tfGrad = before.map((w, i) => w - model.weights()[0]!.values[i]!);
    model.dispose();
    const grad = new Float64Array(before.length);
    const loss = bigramLossGrad(before, countTable(words, vocab), vocab.size, l2, grad);
    // tfjs computes in float32: agreement to its precision.
    expect(Math.abs(loss - tfLoss)).toBeLessThan(1e-5 * tfLoss);
    for (let i = 0; i < grad.length; i++) expect(Math.abs(grad[i]! - tfGrad[i]!)).toBeLessThan(1e-6);
    expect(Math.max(...grad.map(Math.abs))).toBeGreaterThan(1e-3);
  });

  test("trains in the worker to the counting bigram's NLL on the shipped names (within 0.01), with samples", async () => {
    const counting = createCountingBigram({ smoothing: 0 });
    await counting.fit(loadNames());
    const optimum = counting.evaluate(loadNames()).nll;
    expect(optimum).toBeCloseTo(2.4544, 4);
    const worker = await open(createTemplate("bigram-neural"));
    const first = (await worker.reset())!;
    expect(first.loss).toBeGreaterThan(optimum + 0.5);
    const after = (await worker.step(1000))!;
    expect(after.step).toBe(1000);
    expect(after.loss).toBeGreaterThanOrEqual(optimum - 1e-9);
    expect(after.loss - optimum).toBeLessThan(0.01);
    expect(after.devLoss).toBeUndefined();
    expect(after.params.length).toBe(27 * 27);
    expect(after.samples).toHaveLength(10);
    for (const word of after.samples!) expect(word).toMatch(/^[a-z]*$/);
    expect(after.samples).not.toEqual(first.samples);
  });
});

describe("the MLP language model (makemore 2) in the worker", () => {
  test("reaches dev < 2.5 after 2,000 steps; snapshots carry train and dev loss and sampled names", async () => {
    const worker = await open(createTemplate("mlp-lm"));
    const start = (await worker.reset())!;
    expect(start.loss).toBeGreaterThan(3);
    const after = (await worker.step(2000))!;
    expect(after.step).toBe(2000);
    expect(after.devLoss).toBeLessThan(2.5);
    expect(Math.abs(after.loss - after.devLoss!)).toBeLessThan(0.15);
    expect(after.samples!.filter((w) => letters.test(w)).length).toBeGreaterThan(5);
    expect(after.samples).not.toEqual(start.samples);
    expect(after.params.length).toBe(27 * 10 + 30 * 200 + 200 + 200 * 27 + 27);
  }, 120_000);

  test("the learning-rate finder sweeps 10^-3 … 10^0 from fresh weights and leaves training as it was", async () => {
    const worker = await open(createTemplate("mlp-lm"));
    await worker.step(5);
    const tensors = tf.memory().numTensors;
    const found = await worker.findLearningRate({ steps: 300 });
    expect(tf.memory().numTensors).toBe(tensors);
    if (!found.ok) throw new Error(found.reason);
    expect(found.exponents[0]).toBeCloseTo(-3, 10);
    expect(found.exponents.length).toBeGreaterThan(100);
    for (let i = 1; i < found.exponents.length; i++)
      expect(found.exponents[i]).toBeGreaterThan(found.exponents[i - 1]!);
    const early = found.losses.slice(0, 20).reduce((a, b) => a + b, 0) / 20;
    expect(Math.min(...found.losses)).toBeLessThan(early - 0.3);
    expect(await worker.findLearningRate({ from: 0, to: -1 })).toMatchObject({ ok: false });
    const continued = (await worker.step(5))!;
    worker.dispose();
    const straight = (await (await open(createTemplate("mlp-lm"))).step(10))!;
    expect(continued.step).toBe(10);
    expect(Array.from(continued.params)).toEqual(Array.from(straight.params));
  }, 120_000);
});
