import { beforeAll, describe, expect, it } from "vitest";
import { useWasm } from "../../test/setup-wasm.js";
import { createRng } from "@nudge/datasets";
import { createSequenceClassifier } from "./create-sequence-classifier.js";

beforeAll(useWasm);

/** Random DNA; class 1 carries the motif TATAAT at a random position (so position-free detection helps). */
function dna(n: number, length: number, seed: number) {
  const rng = createRng(seed);
  const motif = [3, 0, 3, 0, 0, 3];
  const features = new Float32Array(n * length * 4);
  const targets = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const bases = Array.from({ length }, () => rng.int(4));
    targets[i] = i % 2;
    if (targets[i]) {
      const at = rng.int(length - motif.length + 1);
      motif.forEach((b, k) => (bases[at + k] = b));
    }
    bases.forEach((b, p) => (features[(i * length + p) * 4 + b] = 1));
  }
  return { features, targets };
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
