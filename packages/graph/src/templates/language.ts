import { namesData } from "../schema/defaults.js";
import type { GraphDoc } from "../schema/types.js";
import { doc, e, n } from "./build.js";

/**
 * makemore 1's neural bigram: the previous character one-hot (27) → Dense 27 without bias (W, one row
 * per character) → softmax → NLL, trained full batch with SGD at learning rate 50 as in the lecture.
 */
export function neuralBigram(): GraphDoc {
  const nodes = [
    n("x", "characters", { context: 1 }, "previous character"),
    n("onehot", "one-hot"),
    n("flat", "flatten"),
    n("w", "dense", { units: 27, activation: "identity", useBias: false }, "W"),
    n("y", "output", { index: 0 }, "next character"),
    n("loss", "loss", { fn: "nll" }),
  ];
  const edges = [
    e("x", "onehot", "in"),
    e("onehot", "flat", "in"),
    e("flat", "w", "in"),
    e("w", "y", "in"),
    e("y", "loss", "pred"),
  ];
  // As in the lecture, every name trains (no dev split): the loss to reach is the counting NLL, 2.4544.
  return doc("Bigram (neural)", "layers", nodes, edges, namesData({ fractions: [1, 0, 0] }), {
    loss: "nll",
    optimizer: { kind: "sgd", lr: 50 },
    schedule: { kind: "constant" },
    batchSize: "all",
    l2: 0,
    seed: 2147483647,
  });
}

/**
 * makemore 2 (Bengio et al. 2003): three characters of context → Embedding 27 × 10 → Flatten (30) →
 * Dense 200 tanh → Dense 27 → softmax cross-entropy, minibatches of 32, SGD 0.1 decaying to 0.01.
 */
export function mlpLanguageModel(): GraphDoc {
  const nodes = [
    n("x", "characters", { context: 3 }, "context"),
    n("emb", "embedding", { dim: 10 }, "C"),
    n("flat", "flatten"),
    n("h", "dense", { units: 200, activation: "tanh", useBias: true }, "hidden"),
    n("logits", "dense", { units: 27, activation: "identity", useBias: true }, "logits"),
    n("y", "output", { index: 0 }, "next character"),
    n("loss", "loss", { fn: "softmax-ce" }),
  ];
  const edges = [
    e("x", "emb", "in"),
    e("emb", "flat", "in"),
    e("flat", "h", "in"),
    e("h", "logits", "in"),
    e("logits", "y", "in"),
    e("y", "loss", "pred"),
  ];
  return doc("MLP language model", "layers", nodes, edges, namesData(), {
    loss: "softmax-ce",
    optimizer: { kind: "sgd", lr: 0.1 },
    schedule: { kind: "linear-decay", final: 0.1, steps: 200_000 },
    batchSize: 32,
    l2: 0,
    seed: 42,
    // A few minutes in the browser (dev ≈ 2.2); the lecture's 200k steps are `pnpm reproduce`'s run.
    stopAfter: { count: 20_000, unit: "steps" },
  });
}
