import * as tf from "@tensorflow/tfjs";
import { createRng } from "@nudge/datasets";
import { beforeAll, describe, expect, it } from "vitest";
import { useWasm } from "../../test/setup-wasm.js";
import { comparePopulations } from "./compare-populations.js";
import { createGaussianMixture, loadGaussianMixture } from "./gaussian-mixture.js";

beforeAll(useWasm);

function normal1d(n: number, mean: number, std: number, seed: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => mean + std * rng.normal());
}

/** Expectation-maximisation for a 1-D mixture, the textbook reference; returns the mean log-likelihood. */
function emLogLikelihood(x: number[], k: number, init: number[]): { ll: number; means: number[] } {
  let means = init.slice();
  let vars = new Array<number>(k).fill(1);
  let weights = new Array<number>(k).fill(1 / k);
  let ll = 0;
  for (let iter = 0; iter < 500; iter++) {
    const resp = x.map((v) => {
      const p = means.map(
        (m, j) => (weights[j]! * Math.exp(-((v - m) ** 2) / (2 * vars[j]!))) / Math.sqrt(2 * Math.PI * vars[j]!),
      );
      const s = p.reduce((a, b) => a + b, 0);
      return p.map((q) => q / s);
    });
    ll =
      x.reduce(
        (acc, v) =>
          acc +
          Math.log(
            means.reduce(
              (s, m, j) =>
                s + (weights[j]! * Math.exp(-((v - m) ** 2) / (2 * vars[j]!))) / Math.sqrt(2 * Math.PI * vars[j]!),
              0,
            ),
          ),
        0,
      ) / x.length;
    const nk = means.map((_, j) => resp.reduce((s, r) => s + r[j]!, 0));
    means = means.map((_, j) => resp.reduce((s, r, i) => s + r[j]! * x[i]!, 0) / nk[j]!);
    vars = means.map((m, j) => resp.reduce((s, r, i) => s + r[j]! * (x[i]! - m) ** 2, 0) / nk[j]!);
    weights = nk.map((v) => v / x.length);
  }
  return { ll, means };
}

describe("createGaussianMixture", () => {
  it("one 1-D component reaches the closed-form maximum-likelihood mean and variance", async () => {
    const x = normal1d(400, 3, 2, 1);
    const mean = x.reduce((a, b) => a + b, 0) / x.length;
    const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length;
    const gmm = createGaussianMixture({ dimensions: 1, components: 1 });
    const before = tf.memory().numTensors;
    await gmm.fit(x, { steps: 600 });
    expect(tf.memory().numTensors).toBe(before);
    const { means, covariances } = gmm.parameters();
    expect(means[0]![0]).toBeCloseTo(mean, 2);
    expect(covariances[0]![0]![0]).toBeCloseTo(variance, 1);
    const ll = -0.5 * Math.log(2 * Math.PI * variance) - 0.5;
    expect(gmm.evaluate(x).meanLogLikelihood).toBeCloseTo(ll, 3);
    gmm.dispose();
  });

  it("one 2-D component recovers the sample covariance, including the correlation", async () => {
    const rng = createRng(4);
    const pts: number[] = [];
    for (let i = 0; i < 400; i++) {
      const u = rng.normal();
      pts.push(1 + u, -2 + 0.8 * u + 0.5 * rng.normal());
    }
    const n = 400;
    const m = [0, 1].map((c) => pts.filter((_, i) => i % 2 === c).reduce((a, b) => a + b, 0) / n);
    const cov = (a: number, b: number) =>
      Array.from({ length: n }, (_, i) => (pts[2 * i + a]! - m[a]!) * (pts[2 * i + b]! - m[b]!)).reduce(
        (s, v) => s + v,
        0,
      ) / n;
    const gmm = createGaussianMixture({ dimensions: 2, components: 1 });
    await gmm.fit(pts, { steps: 800 });
    const { covariances, means } = gmm.parameters();
    expect(means[0]![1]).toBeCloseTo(m[1]!, 2);
    expect(covariances[0]![0]![1]).toBeCloseTo(cov(0, 1), 2);
    expect(covariances[0]![1]![1]).toBeCloseTo(cov(1, 1), 2);
    const drawn = gmm.sample(4000, 1);
    const dm = [0, 1].map((c) => drawn.filter((_, i) => i % 2 === c).reduce((a, b) => a + b, 0) / 4000);
    const dcov =
      Array.from({ length: 4000 }, (_, i) => (drawn[2 * i]! - dm[0]!) * (drawn[2 * i + 1]! - dm[1]!)).reduce(
        (s, v) => s + v,
        0,
      ) / 4000;
    expect(dm[1]).toBeCloseTo(means[0]![1]!, 1);
    expect(dcov).toBeCloseTo(covariances[0]![0]![1]!, 1);
    const copy = await loadGaussianMixture(await gmm.save());
    expect(Array.from(copy.logLikelihood(pts.slice(0, 6)))).toEqual(Array.from(gmm.logLikelihood(pts.slice(0, 6))));
    gmm.dispose();
    copy.dispose();
  });

  it("two 1-D components match expectation-maximisation's likelihood", async () => {
    const x = [...normal1d(200, -2, 0.7, 2), ...normal1d(300, 2.5, 1.2, 3)];
    const em = emLogLikelihood(x, 2, [-1, 1]);
    const gmm = createGaussianMixture({ dimensions: 1, components: 2, seed: 5 });
    await gmm.fit(x, { steps: 800 });
    expect(gmm.evaluate(x).meanLogLikelihood).toBeCloseTo(em.ll, 2);
    const fitted = gmm
      .parameters()
      .means.map((r) => r[0]!)
      .sort((a, b) => a - b);
    expect(fitted[0]).toBeCloseTo(em.means[0]!, 1);
    expect(fitted[1]).toBeCloseTo(em.means[1]!, 1);
    gmm.dispose();
  });

  it("compares populations: alike ≈ 0, N(0,1) vs N(2,1) ≈ the true symmetric KL of 2", async () => {
    const same = await comparePopulations(
      normal1d(500, 0, 1, 6),
      normal1d(500, 0, 1, 7),
      { dimensions: 1, components: 1 },
      { steps: 300 },
    );
    const shifted = await comparePopulations(
      normal1d(500, 0, 1, 8),
      normal1d(500, 2, 1, 9),
      { dimensions: 1, components: 1 },
      { steps: 300 },
    );
    expect(Math.abs(same.divergence)).toBeLessThan(0.05);
    expect(shifted.divergence).toBeGreaterThan(1.6);
    expect(shifted.divergence).toBeLessThan(2.4);
  });

  it("refuses bad points with their index", async () => {
    const gmm = createGaussianMixture({ dimensions: 2 });
    await expect(gmm.fit([1, 2, 3])).rejects.toThrow(/multiple of 2/);
    expect(() => gmm.logLikelihood([1, Infinity])).toThrow(/index 1/);
    expect(() => createGaussianMixture({ dimensions: 3 as 1 })).toThrow(/dimensions/);
    gmm.dispose();
  });
});
