import * as tf from "@tensorflow/tfjs";
import { loadNames, splitWords } from "@nudge/datasets";
import { beforeAll, describe, expect, it } from "vitest";
import { useWasm } from "../../test/setup-wasm.js";
import { createCountingBigram } from "./counting-bigram.js";
import { createMlpLanguageModel, loadMlpLanguageModel } from "./mlp-lm.js";

beforeAll(useWasm);

const { train, dev } = splitWords(loadNames(), { seed: 42 });

describe("MLP language model (makemore part 2) on wasm", () => {
  it("starts near the uniform loss ln 27 with Kaiming init, far above it with makemore 2's randn init", () => {
    const kaiming = createMlpLanguageModel({ seed: 1 });
    const randn = createMlpLanguageModel({ seed: 1, init: "randn" });
    const sample = dev.slice(0, 300);
    expect(Math.abs(kaiming.evaluate(sample).nll - Math.log(27))).toBeLessThan(0.3);
    expect(randn.evaluate(sample).nll).toBeGreaterThan(10);
    kaiming.dispose();
    randn.dispose();
  });

  it("beats the bigram and reaches dev < 2.5 after 2,000 steps, with flat tensor counts", async () => {
    const lm = createMlpLanguageModel({ seed: 42 });
    expect(lm.evaluate(dev).nll).toBeGreaterThan(3);
    const counts: number[] = [];
    await lm.fit(train, { steps: 2000, onStep: ({ step }) => step % 100 === 0 && counts.push(tf.memory().numTensors) });
    expect(new Set(counts).size).toBe(1);
    const bigram = createCountingBigram();
    await bigram.fit(train);
    const devNll = lm.evaluate(dev).nll;
    expect(devNll).toBeLessThan(2.5);
    expect(devNll).toBeLessThan(bigram.evaluate(dev).nll - 0.05);
    const { shape, chars } = lm.embeddings();
    expect(shape).toEqual([27, 10]);
    expect(chars[0]).toBe(".");
    const p = lm.predict("emm");
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    const copy = await loadMlpLanguageModel(await lm.save());
    expect(copy.evaluate(dev.slice(0, 200)).nll).toBeCloseTo(lm.evaluate(dev.slice(0, 200)).nll, 5);
    expect(copy.sample({ count: 4, seed: 1 })).toEqual(lm.sample({ count: 4, seed: 1 }));
    lm.dispose();
    copy.dispose();
  }, 60_000);
});
