import * as tf from "@tensorflow/tfjs";
import type { CharVocab } from "@nudge/encoders";
import { bigramCounts, charVocabFromJSON } from "@nudge/encoders";
import type { ModelSource } from "../core/artifacts.js";
import { loadArtifacts, saveArtifacts } from "../core/artifacts.js";
import type { FitResult } from "../core/types.js";
import { modelError } from "../errors.js";
import { rowNormalise, tableNll } from "./bigram-table.js";
import type { NllReport, SampleOptions } from "./text.js";
import { checkWords, lettersVocab, sampleWords } from "./text.js";

/** Options for {@link createCountingBigram}. */
export interface CountingBigramOptions {
  /** Pseudo-count added to every cell (makemore: 1; 0 = maximum likelihood). */
  smoothing?: number;
  vocab?: CharVocab;
}

/** makemore part 1: the bigram model as a normalised table of counts. */
export interface CountingBigram {
  readonly vocab: CharVocab;
  /** Count the bigrams of `words` (replacing earlier counts). */
  fit(words: readonly string[]): Promise<FitResult>;
  /** The raw counts, row = previous character (the 27×27 heat map). */
  counts(): Float64Array;
  /** Row-normalised smoothed probabilities. */
  probabilities(): Float64Array;
  /** Next-character distribution after `previous` (a vocabulary id). */
  next(previous: number): Float64Array;
  evaluate(words: readonly string[]): NllReport;
  sample(options?: SampleOptions): string[];
  save(target?: tf.io.IOHandler | string): Promise<tf.io.ModelArtifacts>;
  dispose(): void;
}

class CountingBigramImpl implements CountingBigram {
  constructor(
    readonly vocab: CharVocab,
    private readonly smoothing: number,
    private table = new Float64Array(vocab.size * vocab.size),
  ) {}
  async fit(words: readonly string[]): Promise<FitResult> {
    checkWords(words);
    this.table = Float64Array.from(bigramCounts(words, this.vocab).counts);
    const { nll } = this.evaluate(words);
    return { steps: 1, loss: nll, aborted: false, losses: [nll] };
  }
  counts() {
    return this.table.slice();
  }
  probabilities() {
    return rowNormalise(this.table, this.vocab.size, this.smoothing);
  }
  next(previous: number) {
    return this.probabilities().slice(previous * this.vocab.size, (previous + 1) * this.vocab.size);
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
    const tensor = tf.tensor(Float32Array.from(this.table), [this.vocab.size, this.vocab.size]);
    const saved = saveArtifacts(
      { kind: "counting-bigram", smoothing: this.smoothing, vocab: this.vocab.toJSON() },
      [{ name: "counts", tensor }],
      target,
    );
    return saved.finally(() => tensor.dispose());
  }
  dispose() {}
}

/**
 * The counting bigram model (makemore part 1).
 *
 * @example
 * const model = createCountingBigram({ smoothing: 1 });
 * await model.fit(loadNames());
 * model.sample({ count: 5, seed: 42 });
 */
export function createCountingBigram(options: CountingBigramOptions = {}): CountingBigram {
  const smoothing = options.smoothing ?? 1;
  if (!(smoothing >= 0)) throw modelError("OPTION_INVALID", "smoothing", "a number ≥ 0", smoothing);
  return new CountingBigramImpl(options.vocab ?? lettersVocab(), smoothing);
}

/** Load a counting bigram saved with {@link CountingBigram.save}. */
export async function loadCountingBigram(source: ModelSource): Promise<CountingBigram> {
  const { meta, weights } = await loadArtifacts(source, "counting-bigram");
  const table = Float64Array.from(weights.counts!.dataSync());
  Object.values(weights).forEach((t) => t.dispose());
  return new CountingBigramImpl(charVocabFromJSON(meta.vocab as never), meta.smoothing as number, table);
}
