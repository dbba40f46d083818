import * as tf from "@tensorflow/tfjs";
import { loadNames } from "@nudge/datasets";
import { beforeAll, describe, expect, it } from "vitest";
import { useWasm } from "../../test/setup-wasm.js";
import { selectBackend } from "../backend/select-backend.js";
import { createMlpLanguageModel } from "./mlp-lm.js";

beforeAll(useWasm);

const words = loadNames().slice(0, 400);

/** Kernels one `fit` step runs (tf.profile lists every kernel call). */
async function kernelsPerStep(fit: (steps: number) => Promise<unknown>): Promise<number> {
  const one = (await tf.profile(async () => void (await fit(1)))).kernels.length;
  const five = (await tf.profile(async () => void (await fit(5)))).kernels.length;
  return (five - one) / 4;
}

describe("the MLP LM's tape-free step", () => {
  it("takes the same steps as tfjs autograd (the tape runs on statsEvery steps), BatchNorm too, on wasm and cpu", async () => {
    const cases = [
      ["wasm", [200], false],
      ["wasm", [16, 12], false],
      ["cpu", [16, 12], false],
      ["wasm", [16, 12], true],
      ["cpu", [20], true],
    ] as const;
    for (const [backend, hidden, batchNorm] of cases) {
      await selectBackend({ prefer: [backend] });
      const direct = createMlpLanguageModel({ seed: 5, hidden: [...hidden], batchNorm });
      const tape = createMlpLanguageModel({ seed: 5, hidden: [...hidden], batchNorm });
      const options = { steps: 6, seed: 9, learningRate: (s: number) => (s < 3 ? 0.5 : 0.2) };
      const a = await direct.fit(words, options);
      const b = await tape.fit(words, { ...options, statsEvery: 1 });
      a.losses.forEach((loss, i) => expect(loss).toBeCloseTo(b.losses[i]!, 4));
      expect(a.losses[5]).toBeLessThan(a.losses[0]!);
      const [ea, eb] = [direct.embeddings().values, tape.embeddings().values];
      ea.forEach((v, i) => expect(v).toBeCloseTo(eb[i]!, 4));
      const [pa, pb] = [direct.predict("emm"), tape.predict("emm")];
      pa.forEach((v, i) => expect(v).toBeCloseTo(pb[i]!, 5));
      direct.dispose();
      tape.dispose();
    }
    await useWasm();
  });

  it("runs under a third of the tape's kernels per step, without leaking", async () => {
    const lm = createMlpLanguageModel({ seed: 1 });
    const direct = await kernelsPerStep((steps) => lm.fit(words, { steps }));
    const tape = await kernelsPerStep((steps) => lm.fit(words, { steps, statsEvery: 1 }));
    expect(direct).toBeLessThanOrEqual(45);
    expect(tape).toBeGreaterThan(3 * direct);
    const before = tf.memory().numTensors;
    await lm.fit(words, { steps: 20, learningRate: (s) => 0.1 / (s + 1) });
    expect(tf.memory().numTensors).toBe(before);
    lm.dispose();
  });
});
