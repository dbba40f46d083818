import * as tf from "@tensorflow/tfjs";
import type { CharVocab } from "@nudge/encoders";
import { bigramCounts, bigramPairs, charVocabFromJSON } from "@nudge/encoders";
import { createRng } from "@nudge/datasets";
import type { ModelSource } from "../core/artifacts.js";
import { assignWeights, loadArtifacts, saveArtifacts } from "../core/artifacts.js";
import { runFit } from "../core/fit-loop.js";
import { normalTensor, ownedVariable } from "../core/init.js";
import { sampleRows } from "../core/tensor-data.js";
import type { FitOptions, FitResult } from "../core/types.js";
import { modelError } from "../errors.js";
import { tableNll } from "./bigram-table.js";
import type { NllReport, SampleOptions } from "./text.js";
import { checkWords, lettersVocab, sampleWords } from "./text.js";

/** Options for {@link createNeuralBigram}. */
export interface NeuralBigramOptions {
  vocab?: CharVocab;
  seed?: number;
}

/** Options for {@link NeuralBigram.fit}. */
export interface NeuralBigramFitOptions extends FitOptions {
  /**
   * `"one-hot"`: the lecture's network, `oneHot(x) @ W` over the bigrams (batchSize applies);
   * `"counts"`: the same loss and gradient computed from the 27×27 count table, O(27²) per step.
   */
  route?: "one-hot" | "counts";
  /** The lecture's `0.01 * (W**2).mean()` smoothing term (default 0). */
  regularization?: number;
}

/** makemore part 1 as a neural net: one linear layer W (vocab × vocab), softmax, NLL. */
export interface NeuralBigram {
  readonly vocab: CharVocab;
  /** SGD at learning rate 50 by default (the lecture), 300 steps, route "counts". */
  fit(words: readonly string[], options?: NeuralBigramFitOptions): Promise<FitResult>;
  /** The weight matrix W (log-counts, up to a per-row constant). */
  weights(): Float32Array;
  /** softmax(W) row by row. */
  probabilities(): Float64Array;
  evaluate(words: readonly string[]): NllReport;
  sample(options?: SampleOptions): string[];
  save(target?: tf.io.IOHandler | string): Promise<tf.io.ModelArtifacts>;
  dispose(): void;
}

class NeuralBigramImpl implements NeuralBigram {
  constructor(
    readonly vocab: CharVocab,
    readonly w: tf.Variable,
  ) {}

  async fit(words: readonly string[], options: NeuralBigramFitOptions = {}): Promise<FitResult> {
    checkWords(words);
    const n = this.vocab.size;
    const reg = options.regularization ?? 0;
    const penalty = () => (reg > 0 ? tf.mean(tf.square(this.w)).mul(reg) : tf.scalar(0));
    const defaults = { steps: 300, learningRate: 50, optimizer: "sgd" as const };
    if (options.route === "one-hot") {
      const { xs, ys } = bigramPairs(words, this.vocab);
      const x = tf.tensor1d(xs, "int32");
      const y = tf.tensor1d(ys, "int32");
      const batch = typeof options.batchSize === "number" ? Math.min(options.batchSize, xs.length) : xs.length;
      try {
        return await runFit(
          {
            params: [this.w],
            defaults,
            loss: (_s, _ctx, random) => {
              const rows = batch === xs.length ? undefined : sampleRows(xs.length, batch, random);
              const bx = rows ? tf.gather(x, rows) : x;
              const by = rows ? tf.gather(y, rows) : y;
              const logits = tf.matMul(tf.oneHot(bx, n).toFloat(), this.w);
              const logp = tf.logSoftmax(logits);
              return tf.neg(tf.mean(tf.sum(tf.mul(tf.oneHot(by, n).toFloat(), logp), 1))).add(penalty()) as tf.Scalar;
            },
          },
          options,
        );
      } finally {
        x.dispose();
        y.dispose();
      }
    }
    const { counts } = bigramCounts(words, this.vocab);
    const total = counts.reduce((a, b) => a + b, 0);
    const table = tf.tensor2d(
      Float32Array.from(counts, (c) => c / total),
      [n, n],
    );
    try {
      return await runFit(
        {
          params: [this.w],
          defaults,
          loss: () => tf.neg(tf.sum(tf.mul(table, tf.logSoftmax(this.w)))).add(penalty()) as tf.Scalar,
        },
        options,
      );
    } finally {
      table.dispose();
    }
  }

  weights() {
    return this.w.dataSync() as Float32Array;
  }
  probabilities() {
    const p = tf.softmax(this.w);
    const values = Float64Array.from(p.dataSync());
    p.dispose();
    return values;
  }
  evaluate(words: readonly string[]) {
    return tableNll(this.probabilities(), words, this.vocab);
  }
  sample(options?: SampleOptions) {
    const p = this.probabilities();
    const n = this.vocab.size;
    return sampleWords(this.vocab, 1, ([prev]) => p.subarray(prev! * n, prev! * n + n), options);
  }
  save(target?: tf.io.IOHandler | string) {
    return saveArtifacts(
      { kind: "neural-bigram", vocab: this.vocab.toJSON() },
      [{ name: "W", tensor: this.w }],
      target,
    );
  }
  dispose() {
    this.w.dispose();
  }
}

/**
 * The neural bigram (makemore part 1): W starts as standard normal draws, like `torch.randn`.
 *
 * @example
 * const model = createNeuralBigram({ seed: 2147483647 });
 * await model.fit(loadNames(), { steps: 300 });
 * model.evaluate(loadNames()).nll; // → the counting model's 2.454
 */
export function createNeuralBigram(options: NeuralBigramOptions = {}): NeuralBigram {
  const vocab = options.vocab ?? lettersVocab();
  const rng = createRng(options.seed ?? 0);
  return new NeuralBigramImpl(vocab, ownedVariable(normalTensor([vocab.size, vocab.size], rng)));
}

/** Load a neural bigram saved with {@link NeuralBigram.save}. */
export async function loadNeuralBigram(source: ModelSource): Promise<NeuralBigram> {
  const { meta, weights } = await loadArtifacts(source, "neural-bigram");
  const vocab = charVocabFromJSON(meta.vocab as never);
  const model = new NeuralBigramImpl(vocab, ownedVariable(tf.zeros([vocab.size, vocab.size])));
  if (!weights.W) throw modelError("SAVED_MISMATCH", 'no weight named "W"');
  assignWeights([{ name: "W", tensor: model.w }], weights);
  return model;
}
