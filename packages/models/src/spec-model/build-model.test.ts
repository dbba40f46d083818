import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { useWasm } from "../../test/setup-wasm.js";
import type { ModelSpec } from "@nudge/model-spec";
import { buildModel, loadModel } from "./build-model.js";

beforeAll(useWasm);

function blobs(n: number, seed: number) {
  const features: number[] = [];
  const targets: number[] = [];
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    features.push(
      Math.cos((2 * Math.PI * c) / 3) * 2 + rand() - 0.5,
      Math.sin((2 * Math.PI * c) / 3) * 2 + rand() - 0.5,
    );
    targets.push(c);
  }
  return { features, targets };
}

const classifier: ModelSpec = {
  version: 1,
  input: { shape: [2] },
  task: "classification",
  loss: "crossEntropy",
  layers: [
    { type: "dense", units: 16, activation: "tanh" },
    { type: "batchnorm" },
    { type: "dropout", rate: 0.1 },
    { type: "dense", units: 3, activation: "softmax" },
  ],
};

describe("buildModel", () => {
  it("one-hot ids into a dense layer without bias pick rows of its kernel (the neural bigram), with the gradient of W[x]", async () => {
    const spec: ModelSpec = {
      version: 1,
      input: { shape: [1] },
      task: "density",
      loss: "crossEntropy",
      layers: [{ type: "oneHot", depth: 4 }, { type: "flatten" }, { type: "dense", units: 4, useBias: false }],
    };
    const model = buildModel(spec, { seed: 3 });
    const [w] = model.weights();
    const probs = model.predict([2, 0]);
    const row = (r: number) => Array.from(w!.values.slice(r * 4, r * 4 + 4));
    const softmax = (z: number[]) => z.map((v) => Math.exp(v) / z.reduce((s, u) => s + Math.exp(u), 0));
    expect(Array.from(probs.slice(0, 4))).toEqual(softmax(row(2)).map((p) => expect.closeTo(p, 5)));
    expect(Array.from(probs.slice(4))).toEqual(softmax(row(0)).map((p) => expect.closeTo(p, 5)));
    // One SGD step at lr 1 on one example (x = 1, y = 3): only row 1 moves, by softmax(W[1]) − onehot(3).
    await model.fit({ features: [1], targets: [3] }, { steps: 1, learningRate: 1, optimizer: "sgd" });
    const [after] = model.weights();
    const expected = softmax(row(1)).map((p, c) => row(1)[c]! - (p - (c === 3 ? 1 : 0)));
    expect(Array.from(after!.values.slice(4, 8))).toEqual(expected.map((v) => expect.closeTo(v, 5)));
    expect(Array.from(after!.values.slice(0, 4))).toEqual(row(0));
    expect(() => model.predict([4])).toThrow();
    model.dispose();
  });

  it("setWeights takes a kept run's flat parameters: same predictions as the model they came from; bad arrays are refused whole", async () => {
    const data = blobs(60, 2);
    const trained = buildModel(classifier, { seed: 3 });
    await trained.fit(data, { steps: 20, learningRate: 0.05, optimizer: "adam", batchSize: 16 });
    const flat = Float64Array.from(trained.weights().flatMap((w) => Array.from(w.values)));
    const fresh = buildModel(classifier, { seed: 9 });
    expect(Array.from(fresh.predict(data.features))).not.toEqual(Array.from(trained.predict(data.features)));
    const before = Array.from(fresh.predict(data.features));
    expect(() => fresh.setWeights(flat.slice(1))).toThrow(/does not match: \d+ values for \d+ weights/);
    const poisoned = flat.slice();
    poisoned[flat.length - 1] = Number.NaN;
    expect(() => fresh.setWeights(poisoned)).toThrow(/not a finite number/);
    expect(Array.from(fresh.predict(data.features))).toEqual(before);
    fresh.setWeights(flat);
    expect(Array.from(fresh.predict(data.features))).toEqual(Array.from(trained.predict(data.features)));
    trained.dispose();
    fresh.dispose();
  });

  it("trains a 3-class classifier without leaking tensors, and round-trips through save/load", async () => {
    const data = blobs(150, 1);
    const model = buildModel(classifier, { seed: 3 });
    const counts: number[] = [];
    const metrics: Record<string, number>[] = [];
    const result = await model.fit(data, {
      steps: 60,
      learningRate: 0.05,
      optimizer: "adam",
      batchSize: 32,
      metricsEvery: 20,
      onStep: (info) => {
        counts.push(tf.memory().numTensors);
        if (info.metrics) metrics.push(info.metrics);
      },
    });
    expect(metrics).toHaveLength(3);
    expect(metrics[2]!.trainLoss).toBeLessThan(metrics[0]!.trainLoss!);
    expect(metrics[2]!.trainAccuracy).toBe(model.evaluate(data).accuracy);
    expect(new Set(counts.slice(1)).size).toBe(1);
    expect(result.losses[59]).toBeLessThan(result.losses[0]! / 3);
    const ev = model.evaluate(data);
    expect(ev.accuracy).toBeGreaterThan(0.95);
    const probs = model.predict(data.features.slice(0, 4));
    expect(probs.length).toBe(6);
    expect(probs[0]! + probs[1]! + probs[2]!).toBeCloseTo(1, 5);
    let handed: tf.io.ModelArtifacts | undefined;
    const saved = await model.save(
      tf.io.withSaveHandler(async (artifacts) => {
        handed = artifacts;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
      }),
    );
    expect(handed).toBe(saved);
    expect(saved.userDefinedMetadata).toMatchObject({ kind: "spec-model", spec: classifier });
    expect(saved.weightSpecs!.map((w) => w.name)).toContain("layers[1].runningMean");
    const copy = await loadModel(tf.io.fromMemory(saved));
    expect(Array.from(copy.predict(data.features))).toEqual(Array.from(model.predict(data.features)));
    model.dispose();
    copy.dispose();
    expect(() => model.predict([0, 0])).toThrow(/disposed/);
  });

  it("refuses invalid specs and bad data with located messages", async () => {
    expect(() => buildModel({ ...classifier, layers: [{ type: "dense", units: 0 }] })).toThrow(/layers\[0\]\.units/);
    const model = buildModel(classifier);
    await expect(model.fit({ features: [1, 2, 3], targets: [0] })).rejects.toThrow(/features must have shape/);
    await expect(model.fit({ features: [1, NaN], targets: [0] })).rejects.toThrow(/index 1/);
    await expect(model.fit({ features: [1, 2, 3, 4], targets: [0, 3] })).rejects.toThrow(/targets\[1\].*0 to 2, got 3/);
    const poisson = buildModel({
      version: 1,
      input: { shape: [1] },
      task: "regression",
      loss: "poissonNll",
      layers: [{ type: "dense", units: 1, activation: "exp" }],
    });
    await expect(poisson.fit({ features: [1, 2], targets: [1, -2] })).rejects.toThrow(/targets\[1\].*≥ 0/);
    poisson.dispose();
    model.dispose();
  });

  it("stops when the abort signal fires", async () => {
    const model = buildModel(classifier);
    const controller = new AbortController();
    const result = await model.fit(blobs(30, 2), {
      steps: 1000,
      signal: controller.signal,
      onStep: ({ step }) => step === 4 && controller.abort(),
    });
    expect(result).toMatchObject({ steps: 5, aborted: true });
    model.dispose();
  });

  it("trains in pieces exactly as in one run with resume and batchRows (Adam keeps its moments)", async () => {
    const spec: ModelSpec = {
      ...classifier,
      layers: [
        { type: "dense", units: 8, activation: "tanh" },
        { type: "dense", units: 3, activation: "softmax" },
      ],
    };
    const data = blobs(30, 3);
    const batchRows = (step: number) => [step % 30, (step * 7 + 1) % 30, (step * 11 + 2) % 30];
    const whole = buildModel(spec, { seed: 5 });
    const once = (await whole.fit(data, { steps: 6, optimizer: "adam", learningRate: 0.05, batchRows })).losses;
    const pieces = buildModel(spec, { seed: 5 });
    const first = (await pieces.fit(data, { steps: 3, optimizer: "adam", learningRate: 0.05, batchRows, resume: true }))
      .losses;
    const rest = (
      await pieces.fit(data, {
        steps: 3,
        optimizer: "adam",
        learningRate: 0.05,
        batchRows: (k) => batchRows(k + 3),
        resume: true,
      })
    ).losses;
    expect([...first, ...rest]).toEqual(once);
    const fresh = buildModel(spec, { seed: 5 });
    await fresh.fit(data, { steps: 3, optimizer: "adam", learningRate: 0.05, batchRows });
    const restarted = (
      await fresh.fit(data, { steps: 3, optimizer: "adam", learningRate: 0.05, batchRows: (k) => batchRows(k + 3) })
    ).losses;
    expect(restarted).not.toEqual(rest);
    [whole, pieces, fresh].forEach((m) => m.dispose());
  });
});
