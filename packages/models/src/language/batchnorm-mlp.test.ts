import * as tf from "@tensorflow/tfjs";
import { loadNames, splitWords } from "@nudge/datasets";
import { beforeAll, describe, expect, it } from "vitest";
import { useWasm } from "../../test/setup-wasm.js";
import { createNetwork } from "../core/network.js";
import type { LayerStats } from "../core/types.js";
import { createBatchNormMlp } from "./batchnorm-mlp.js";
import { createMlpLanguageModel } from "./mlp-lm.js";

beforeAll(useWasm);

const { train, dev } = splitWords(loadNames(), { seed: 42 });

describe("BatchNorm layer", () => {
  it("normalises each feature in training and tracks running statistics by the momentum rule", () => {
    const net = createNetwork({
      version: 1,
      input: { shape: [2] },
      task: "regression",
      loss: "mse",
      layers: [{ type: "batchnorm", momentum: 0.1 }],
    });
    const x = tf.tensor2d([1, 10, 3, 20, 5, 60, 7, 30], [4, 2]);
    const out = net.raw(x, { training: true });
    const { mean, variance } = tf.moments(out, 0);
    Array.from(mean.dataSync()).forEach((m) => expect(m).toBeCloseTo(0, 5));
    Array.from(variance.dataSync()).forEach((v) => expect(v).toBeCloseTo(1, 3));
    for (let k = 1; k < 5; k++) net.raw(x, { training: true }).dispose();
    const [, , runningMean, runningVar] = net.namedWeights().map((w) => Array.from(w.tensor.dataSync()));
    const decay = 1 - 0.9 ** 5;
    expect(runningMean![0]).toBeCloseTo(decay * 4, 4);
    expect(runningMean![1]).toBeCloseTo(decay * 30, 3);
    // unbiased batch variance of [1, 3, 5, 7] is 20/3; the running value starts at 1
    expect(runningVar![0]).toBeCloseTo(0.9 ** 5 + decay * (20 / 3), 3);
    net.dispose();
    [x, out, mean, variance].forEach((t) => t.dispose());
  });
});

function lastStats(model: ReturnType<typeof createBatchNormMlp>, steps: number): Promise<LayerStats[]> {
  let stats: LayerStats[] = [];
  return model
    .fit(train, { steps, statsEvery: steps - 1, onStep: ({ layers }) => layers && (stats = layers) })
    .then(() => stats);
}

describe("BatchNorm MLP diagnostics (makemore part 3)", () => {
  it("reports histograms, tanh saturation and update-to-data ratios; BatchNorm tames a saturating init", async () => {
    const hidden = [64, 64, 64];
    const bn = createBatchNormMlp({ hidden, seed: 1, initScale: 3 });
    const plain = createMlpLanguageModel({ hidden, seed: 1, initScale: 3 });
    const before = tf.memory().numTensors;
    const bnStats = await lastStats(bn, 50);
    expect(tf.memory().numTensors).toBe(before);
    const plainStats = await lastStats(plain, 50);
    const tanh = (s: LayerStats[]) => s.filter((l) => l.activation?.saturation !== undefined);
    expect(tanh(bnStats)).toHaveLength(3);
    for (const layer of tanh(bnStats)) {
      expect(layer.activation!.histogram.counts.reduce((a, b) => a + b, 0)).toBe(32 * 64);
      expect(layer.gradient!.histogram.counts.reduce((a, b) => a + b, 0)).toBe(32 * 64);
      expect(layer.gradient!.std).toBeGreaterThan(0);
    }
    const ratios = bnStats.flatMap((l) => l.weights.map((w) => w.updateToData));
    expect(ratios.every((r) => r > -6 && r < 0)).toBe(true);
    const meanSat = (s: LayerStats[]) => tanh(s).reduce((a, l) => a + l.activation!.saturation!, 0) / tanh(s).length;
    expect(meanSat(plainStats)).toBeGreaterThan(0.3);
    expect(meanSat(bnStats)).toBeLessThan(meanSat(plainStats) / 2);
    bn.dispose();
    plain.dispose();
  });

  it("trains to dev < 2.5 in 1,500 steps and evaluates with running statistics", async () => {
    const lm = createBatchNormMlp({ seed: 3, hidden: [100] });
    await lm.fit(train, { steps: 1500 });
    const nll = lm.evaluate(dev).nll;
    expect(nll).toBeLessThan(2.5);
    expect(lm.evaluate(dev.slice(0, 1)).nll).toBeGreaterThan(0);
    lm.dispose();
  }, 60_000);
});
