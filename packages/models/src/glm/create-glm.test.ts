import { beforeAll, describe, expect, it } from "vitest";
import * as tf from "@tensorflow/tfjs";
import { useWasm } from "../../test/setup-wasm.js";
import { createRng } from "@nudge/datasets";
import { createGlm, loadGlm } from "./create-glm.js";
import type { GlmFamily } from "./create-glm.js";

beforeAll(useWasm);

/** Solve A x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    const p = m.reduce((best, row, r) => (r >= c && Math.abs(row[c]!) > Math.abs(m[best]![c]!) ? r : best), c);
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (m[r]![n]! - m[r]!.slice(r + 1, n).reduce((s, v, k) => s + v * x[r + 1 + k]!, 0)) / m[r]![r]!;
  return x;
}

/** Newton's method / IRLS on the design with an intercept column: returns [intercept, ...weights]. */
function irls(x: number[][], y: number[], family: GlmFamily): number[] {
  const design = x.map((row) => [1, ...row]);
  let beta = new Array<number>(design[0]!.length).fill(0);
  for (let iter = 0; iter < (family === "gaussian" ? 1 : 30); iter++) {
    const p = beta.length;
    const h = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const g = new Array<number>(p).fill(0);
    design.forEach((row, i) => {
      const eta = row.reduce((s, v, k) => s + v * beta[k]!, 0);
      const mu = family === "gaussian" ? eta : family === "binomial" ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta);
      const w = family === "gaussian" ? 1 : family === "binomial" ? mu * (1 - mu) : mu;
      for (let a = 0; a < p; a++) {
        g[a]! += row[a]! * (y[i]! - mu);
        for (let b = 0; b < p; b++) h[a]![b]! += w * row[a]! * row[b]!;
      }
    });
    const step = solve(h, g);
    beta = beta.map((v, k) => v + step[k]!);
  }
  return beta;
}

function makeData(family: GlmFamily, n: number) {
  const rng = createRng(11);
  const truth = [0.3, 0.8, -0.5];
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [rng.normal(), rng.normal()];
    const eta = truth[0]! + truth[1]! * row[0]! + truth[2]! * row[1]!;
    x.push(row);
    if (family === "gaussian") y.push(eta + 0.3 * rng.normal());
    else if (family === "binomial") y.push(rng.next() < 1 / (1 + Math.exp(-eta)) ? 1 : 0);
    else {
      let k = 0;
      for (let t = rng.next(), p = Math.exp(-Math.exp(eta)), c = p; t > c; c += p *= Math.exp(eta) / ++k);
      y.push(k);
    }
  }
  return { x, y, data: { features: x.flat(), targets: y } };
}

describe("createGlm", () => {
  for (const family of ["gaussian", "binomial", "poisson"] as const) {
    it(`${family}: one neuron reaches the closed-form / IRLS fit`, async () => {
      const { x, y, data } = makeData(family, 300);
      const reference = irls(x, y, family);
      const glm = createGlm({ family, features: 2 });
      const before = tf.memory().numTensors;
      await glm.fit(data);
      expect(tf.memory().numTensors).toBe(before);
      const { weights, intercept } = glm.coefficients();
      expect(intercept).toBeCloseTo(reference[0]!, 2);
      expect(weights[0]).toBeCloseTo(reference[1]!, 2);
      expect(weights[1]).toBeCloseTo(reference[2]!, 2);
      const copy = await loadGlm(await glm.save());
      expect(copy.family).toBe(family);
      expect(copy.coefficients()).toEqual(glm.coefficients());
      glm.dispose();
      copy.dispose();
    });
  }
});
