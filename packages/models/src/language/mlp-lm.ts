import * as tf from "@tensorflow/tfjs";
import type { CharVocab } from "@nudge/encoders";
import { charVocabFromJSON } from "@nudge/encoders";
import type { ModelSource } from "../core/artifacts.js";
import { assignWeights, loadArtifacts, saveArtifacts } from "../core/artifacts.js";
import { runFit } from "../core/fit-loop.js";
import { lossFromRaw } from "../core/losses.js";
import { createNetwork } from "../core/network.js";
import type { Network } from "../core/network.js";
import { sampleRows } from "../core/tensor-data.js";
import type { FitOptions, FitResult } from "../core/types.js";
import { stepDecay } from "../core/schedules.js";
import { modelError } from "../errors.js";
import type { ModelSpec } from "@nudge/model-spec";
import type { MlpLmShape } from "./mlp-lm-spec.js";
import { mlpLmSpec } from "./mlp-lm-spec.js";
import { applyLmInit } from "./lm-init.js";
import type { LmInit } from "./lm-init.js";
import type { NllReport, SampleOptions } from "./text.js";
import { lettersVocab, sampleWords } from "./text.js";
import { directLmStep } from "./mlp-lm-step.js";
import { windowNll, windowTensors } from "./windows.js";

/** Options for {@link createMlpLanguageModel}. */
export interface MlpLanguageModelOptions {
  /** Characters of context (default 3). */
  blockSize?: number;
  /** Embedding size (default 10). */
  embedding?: number;
  /** Hidden units per layer (default `[200]`). */
  hidden?: number[];
  /** `"kaiming"` (default, makemore part 3's fixes) or `"randn"` (part 2's standard normal weights). */
  init?: LmInit;
  /** Multiply the hidden layers' Kaiming weights by this (lesson 6: try 3 to saturate the tanh units). */
  initScale?: number;
  /** BatchNorm before each tanh (default false; see {@link createBatchNormMlp}). */
  batchNorm?: boolean;
  vocab?: CharVocab;
  seed?: number;
}

/** A character-level MLP language model (makemore part 2; part 3 with `batchNorm`). */
export interface MlpLanguageModel {
  readonly vocab: CharVocab;
  readonly spec: ModelSpec;
  readonly blockSize: number;
  /** Minibatch SGD (batch 32) on every context window of `words`; lr 0.1 then 0.01 for the last half. */
  fit(words: readonly string[], options?: FitOptions): Promise<FitResult>;
  /** Mean NLL over every window of `words` (BatchNorm uses its running statistics). */
  evaluate(words: readonly string[]): NllReport;
  /** Next-character distribution after `context` (its last `blockSize` characters, `.`-padded). */
  predict(context: string): Float32Array;
  sample(options?: SampleOptions): string[];
  /** The embedding table C `[vocab, embedding]` with its characters, for a 2-D plot. */
  embeddings(): { chars: readonly string[]; shape: [number, number]; values: Float32Array };
  save(target?: tf.io.IOHandler | string): Promise<tf.io.ModelArtifacts>;
  dispose(): void;
}

class MlpLanguageModelImpl implements MlpLanguageModel {
  constructor(
    readonly vocab: CharVocab,
    readonly blockSize: number,
    readonly net: Network,
  ) {}
  get spec() {
    return this.net.spec;
  }

  async fit(words: readonly string[], options: FitOptions = {}): Promise<FitResult> {
    const { x, y, n, X, Y } = windowTensors(words, this.vocab, this.blockSize);
    const batch = options.batchSize === "all" ? n : Math.min(options.batchSize ?? 32, n);
    const direct = directLmStep(this.net, X, Y, batch);
    try {
      return await runFit(
        {
          params: this.net.params,
          layers: this.net.layers,
          defaults: { steps: 2000, learningRate: stepDecay(), optimizer: "sgd" },
          direct: direct && ((learningRate, random) => direct.step(learningRate, random)),
          loss: (_step, ctx, random) => {
            const rows = sampleRows(n, batch, random);
            return lossFromRaw("crossEntropy", this.net.raw(tf.gather(x, rows), ctx), tf.gather(y, rows));
          },
        },
        options,
      );
    } finally {
      direct?.dispose();
      x.dispose();
      y.dispose();
    }
  }

  evaluate(words: readonly string[]) {
    return windowNll(this.net, words, this.vocab, this.blockSize);
  }

  predict(context: string): Float32Array {
    const ids = this.vocab.encode(context).slice(-this.blockSize);
    const padded = [...new Array<number>(this.blockSize - ids.length).fill(0), ...ids];
    return this.nextFromIds(padded);
  }

  private nextFromIds(ids: readonly number[]): Float32Array {
    const x = tf.tensor2d([ids as number[]], [1, this.blockSize], "int32");
    const p = this.net.predict(x);
    const values = p.dataSync() as Float32Array;
    x.dispose();
    p.dispose();
    return values;
  }

  sample(options?: SampleOptions) {
    return sampleWords(this.vocab, this.blockSize, (context) => this.nextFromIds(context), options);
  }

  embeddings() {
    const table = this.net.params[0]!;
    return {
      chars: this.vocab.chars,
      shape: table.shape as [number, number],
      values: table.dataSync() as Float32Array,
    };
  }

  save(target?: tf.io.IOHandler | string) {
    const meta = { kind: "mlp-language-model", spec: this.spec, blockSize: this.blockSize, vocab: this.vocab.toJSON() };
    return saveArtifacts(meta, this.net.namedWeights(), target);
  }

  dispose() {
    this.net.dispose();
  }
}

/**
 * The MLP language model of makemore part 2 (Bengio 2003): embeddings, tanh hidden layer, softmax.
 *
 * @example
 * const { train, dev } = splitWords(loadNames());
 * const lm = createMlpLanguageModel({ seed: 42 });
 * await lm.fit(train, { steps: 2000 });
 * lm.evaluate(dev).nll; // < 2.5
 */
export function createMlpLanguageModel(options: MlpLanguageModelOptions = {}): MlpLanguageModel {
  const vocab = options.vocab ?? lettersVocab();
  const shape: MlpLmShape = {
    blockSize: options.blockSize ?? 3,
    embedding: options.embedding ?? 10,
    hidden: options.hidden ?? [200],
    batchNorm: options.batchNorm ?? false,
    vocabSize: vocab.size,
  };
  const net = createNetwork(mlpLmSpec(shape), options.seed ?? 0);
  applyLmInit(net, options.init ?? "kaiming", options.initScale ?? 1, options.seed ?? 0);
  return new MlpLanguageModelImpl(vocab, shape.blockSize, net);
}

/** Load a model saved with {@link MlpLanguageModel.save}. */
export async function loadMlpLanguageModel(source: ModelSource): Promise<MlpLanguageModel> {
  const { meta, weights } = await loadArtifacts(source, "mlp-language-model");
  if (typeof meta.blockSize !== "number") throw modelError("SAVED_MISMATCH", "no blockSize");
  const net = createNetwork(meta.spec as ModelSpec);
  assignWeights(net.namedWeights(), weights);
  return new MlpLanguageModelImpl(charVocabFromJSON(meta.vocab as never), meta.blockSize, net);
}
