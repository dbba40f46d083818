import type { CharVocab } from "@nudge/encoders";
import { bigramCounts, bigramPairs, charVocab } from "@nudge/encoders";
import { modelError } from "../errors.js";
import type { NllReport, SampleOptions } from "./text.js";
import { checkWords, sampleWords } from "./text.js";

/** Row-normalise a size × size count table with `smoothing` added to every cell; an empty row becomes uniform. */
export function rowNormalise(counts: ArrayLike<number>, size: number, smoothing = 0): Float64Array {
  const p = new Float64Array(size * size);
  for (let r = 0; r < size; r++) {
    let sum = 0;
    for (let c = 0; c < size; c++) sum += counts[r * size + c]! + smoothing;
    for (let c = 0; c < size; c++) p[r * size + c] = sum > 0 ? (counts[r * size + c]! + smoothing) / sum : 1 / size;
  }
  return p;
}

/** Exp-normalise each row of a size × size weight matrix (softmax by row, max subtracted): a neural bigram's W as probabilities. */
export function rowSoftmax(weights: ArrayLike<number>, size: number): Float64Array {
  const p = new Float64Array(size * size);
  for (let r = 0; r < size; r++) {
    let max = -Infinity;
    for (let c = 0; c < size; c++) max = Math.max(max, weights[r * size + c]!);
    let sum = 0;
    for (let c = 0; c < size; c++) sum += p[r * size + c] = Math.exp(weights[r * size + c]! - max);
    for (let c = 0; c < size; c++) p[r * size + c]! /= sum;
  }
  return p;
}

/** Average NLL of `words` under a row-stochastic table `probs` (size × size). */
export function tableNll(probs: ArrayLike<number>, words: readonly string[], vocab: CharVocab): NllReport {
  checkWords(words);
  const { xs, ys } = bigramPairs(words, vocab);
  let total = 0;
  for (let i = 0; i < xs.length; i++) total -= Math.log(probs[xs[i]! * vocab.size + ys[i]!]!);
  return { nll: total / xs.length, count: xs.length };
}

/** One step of a word's likelihood: the pair, its probability, log p and the running sum of log p. */
export interface PairLikelihood {
  pair: string;
  p: number;
  logP: number;
  sum: number;
}

/** A word's log-likelihood under a bigram table, character by character (the end token included). */
export interface WordLikelihood {
  word: string;
  pairs: PairLikelihood[];
  /** Σ log p over the pairs; −Infinity when a pair has probability 0. */
  logLikelihood: number;
  /** −logLikelihood / pairs: the word's average NLL. */
  nll: number;
}

/** The log-likelihood of `word` framed by the token (".emma." → 5 pairs); unknown characters throw naming the position. */
export function wordLikelihood(probs: ArrayLike<number>, word: string, vocab: CharVocab): WordLikelihood {
  const ids = [0, ...vocab.encode(word), 0];
  const pairs: PairLikelihood[] = [];
  let sum = 0;
  for (let i = 0; i + 1 < ids.length; i++) {
    const p = probs[ids[i]! * vocab.size + ids[i + 1]!]!;
    const logP = Math.log(p);
    sum += logP;
    pairs.push({ pair: vocab.chars[ids[i]!]! + vocab.chars[ids[i + 1]!]!, p, logP, sum });
  }
  return { word, pairs, logLikelihood: sum, nll: -sum / pairs.length };
}

/** A counted bigram model in plain numbers (no tfjs): the lesson's count table and what it tells. */
export interface BigramTable {
  readonly vocab: CharVocab;
  /** Row-major counts, row = previous character. */
  readonly counts: Int32Array;
  readonly smoothing: number;
  /** Row-normalised smoothed probabilities. */
  readonly probabilities: Float64Array;
  /** How many pairs were counted. */
  readonly pairCount: number;
  /** Average NLL over the counted words, from the table alone (Σ count · −log p / pairs). */
  readonly trainingNll: number;
  /** The next-character distribution after `previous` (a vocabulary id). */
  next(previous: number): Float64Array;
  evaluate(words: readonly string[]): NllReport;
  likelihood(word: string): WordLikelihood;
  sample(options?: SampleOptions): string[];
}

/** Options for {@link countBigrams}. */
export interface CountBigramsOptions {
  /** Pseudo-count added to every cell (makemore: 1; default 0 = maximum likelihood). */
  smoothing?: number;
  /** Default: `charVocab(words)`, "." then the characters the words use. */
  vocab?: CharVocab;
}

/**
 * Count the bigrams of `words` and normalise: makemore part 1 without tfjs.
 *
 * @example
 * const table = countBigrams(loadNames(), { smoothing: 1 });
 * table.trainingNll; // 2.4550
 * table.likelihood("emma").pairs.map((s) => s.pair); // [".e", "em", "mm", "ma", "a."]
 */
export function countBigrams(words: readonly string[], options: CountBigramsOptions = {}): BigramTable {
  checkWords(words);
  const smoothing = options.smoothing ?? 0;
  if (!(smoothing >= 0)) throw modelError("OPTION_INVALID", "smoothing", "a number ≥ 0", smoothing);
  const vocab = options.vocab ?? charVocab(words);
  return bigramTable(bigramCounts(words, vocab).counts, vocab, smoothing);
}

/** A {@link BigramTable} over counts already made (e.g. the same counts with another smoothing). */
export function bigramTable(counts: Int32Array, vocab: CharVocab, smoothing: number): BigramTable {
  const n = vocab.size;
  const probabilities = rowNormalise(counts, n, smoothing);
  let pairCount = 0;
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    pairCount += counts[k]!;
    if (counts[k]! > 0) total -= counts[k]! * Math.log(probabilities[k]!);
  }
  return {
    vocab,
    counts,
    smoothing,
    probabilities,
    pairCount,
    trainingNll: total / pairCount,
    next: (previous) => probabilities.subarray(previous * n, previous * n + n),
    evaluate: (words) => tableNll(probabilities, words, vocab),
    likelihood: (word) => wordLikelihood(probabilities, word, vocab),
    sample: (options) => sampleWords(vocab, 1, ([prev]) => probabilities.subarray(prev! * n, prev! * n + n), options),
  };
}
