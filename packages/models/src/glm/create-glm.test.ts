import { beforeAll, describe, expect, it } from "vitest";
import * as tf from "@tensorflow/tfjs";
import { useWasm } from "../../test/setup-wasm.js";
import { createRng } from "@nudge/datasets";
import { createGlm, loadGlm } from "./create-glm.js";
import { fitGlmIrls } from "./glm-stats.js";
import type { GlmFamily } from "./create-glm.js";

beforeAll(useWasm);

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
      const { data } = makeData(family, 300);
      const reference = fitGlmIrls(family, data);
      const glm = createGlm({ family, features: 2 });
      const before = tf.memory().numTensors;
      await glm.fit(data);
      expect(tf.memory().numTensors).toBe(before);
      const { weights, intercept } = glm.coefficients();
      expect(intercept).toBeCloseTo(reference.intercept, 2);
      expect(weights[0]).toBeCloseTo(reference.weights[0]!, 2);
      expect(weights[1]).toBeCloseTo(reference.weights[1]!, 2);
      const stats = glm.statistics(data);
      expect(stats.deviance).toBeGreaterThanOrEqual(reference.deviance - 1e-6);
      expect(stats.deviance).toBeCloseTo(reference.deviance, 1);
      expect(stats.standardErrors.weights[0]).toBeCloseTo(reference.standardErrors.weights[0]!, 2);
      const copy = await loadGlm(await glm.save());
      expect(copy.family).toBe(family);
      expect(copy.coefficients()).toEqual(glm.coefficients());
      glm.dispose();
      copy.dispose();
    });
  }
});
