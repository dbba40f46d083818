import { beforeAll, describe, expect, it } from "vitest";
import { useWasm } from "../../test/setup-wasm.js";
import { createRng } from "@nudge/datasets";
import { oneHotSequences } from "@nudge/encoders";
import { createSequenceClassifier } from "./create-sequence-classifier.js";

beforeAll(useWasm);

/** Random DNA strings; class 1 carries the motif TATAAT somewhere (so position-free detection helps). */
function dna(n: number, length: number, seed: number) {
  const rng = createRng(seed);
  const sequences: string[] = [];
  const targets = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const bases = Array.from({ length }, () => "ACGT"[rng.int(4)]!);
    targets[i] = i % 2;
    if (targets[i]) bases.splice(rng.int(length - 5), 6, ..."TATAAT");
    sequences.push(bases.join(""));
  }
  const encoded = oneHotSequences(sequences, { alphabet: "dna" });
  expect(encoded.shape).toEqual([n, length, 4]);
  return { features: encoded.data, targets };
}

describe("createSequenceClassifier", () => {
  it("finds a planted motif in held-out one-hot DNA, the conv model better than chance and the MLP", async () => {
    const train = dna(800, 30, 1);
    const test = dna(200, 30, 2);
    const conv = createSequenceClassifier({ length: 30, classes: 2, architecture: "conv", seed: 1 });
    const mlp = createSequenceClassifier({ length: 30, classes: 2, architecture: "mlp", seed: 1 });
    const fit = { steps: 400, optimizer: "adam", learningRate: 0.01, batchSize: 64 } as const;
    await conv.fit(train, fit);
    await mlp.fit(train, fit);
    const convAcc = conv.evaluate(test).accuracy!;
    const mlpAcc = mlp.evaluate(test).accuracy!;
    expect(convAcc).toBeGreaterThan(0.85);
    expect(mlpAcc).toBeGreaterThan(0.6);
    expect(convAcc).toBeGreaterThan(mlpAcc + 0.1);
    conv.dispose();
    mlp.dispose();
  });
});
