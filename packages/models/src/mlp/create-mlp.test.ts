import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { useWasm } from "../../test/setup-wasm.js";
import { createRng } from "@nudge/datasets";
import { createMlpClassifier, createMlpRegressor } from "./create-mlp.js";

beforeAll(useWasm);

function spiral(n: number, classes: number) {
  const rng = createRng(5);
  const features: number[] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % classes;
    const r = (Math.floor(i / classes) / (n / classes)) * 1 + 0.1;
    const t = c * ((2 * Math.PI) / classes) + r * 5 + rng.normal() * 0.1;
    features.push(r * Math.sin(t), r * Math.cos(t));
    targets.push(c);
  }
  return { features, targets };
}

describe("MLP classifier and regressor", () => {
  it("separates a 3-arm spiral that a linear model cannot", async () => {
    const data = spiral(240, 3);
    const linear = createMlpClassifier({ inputs: 2, hidden: [], classes: 3 });
    await linear.fit(data, { steps: 300, optimizer: "adam", learningRate: 0.05 });
    const mlp = createMlpClassifier({ inputs: 2, hidden: [32, 32], classes: 3, seed: 1 });
    const counts: number[] = [];
    await mlp.fit(data, {
      steps: 400,
      optimizer: "adam",
      learningRate: 0.02,
      onStep: () => counts.push(tf.memory().numTensors),
    });
    expect(Math.max(...counts.slice(1))).toBe(Math.min(...counts.slice(1)));
    expect(linear.evaluate(data).accuracy).toBeLessThan(0.65);
    expect(mlp.evaluate(data).accuracy).toBeGreaterThan(0.95);
    linear.dispose();
    mlp.dispose();
  });

  it("fits sin(x) to a small mean squared error", async () => {
    const xs = Array.from({ length: 100 }, (_, i) => -3 + (6 * i) / 99);
    const data = { features: xs, targets: xs.map(Math.sin) };
    const model = createMlpRegressor({ inputs: 1, hidden: [32], seed: 2 });
    await model.fit(data, { steps: 600, optimizer: "adam", learningRate: 0.02 });
    expect(model.evaluate(data).loss).toBeLessThan(0.01);
    const [y] = model.predict([Math.PI / 2]);
    expect(y).toBeCloseTo(1, 1);
    model.dispose();
  });
});
