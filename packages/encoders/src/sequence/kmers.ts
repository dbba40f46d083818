import { fail } from "../errors.js";
import { symbolsOf, type AlphabetName } from "./alphabets.js";
import { sequenceOf, type SequenceInput } from "./one-hot.js";

/** Options of {@link kmerCounts}. */
export interface KmerOptions {
  /** "dna" (default), "rna", "protein", or a string of symbols. */
  alphabet?: AlphabetName | string;
  /** Divide each row by its number of counted k-mers, giving frequencies (default false). */
  normalize?: boolean;
}

/** k-mer counts: `shape = [n, c^k]`, one column per k-mer in lexicographic alphabet order. */
export interface KmerCounts {
  data: Float32Array;
  shape: [number, number];
  kmers: string[];
  /** Per sequence: k-mers skipped because they contain a symbol outside the alphabet (e.g. N). */
  skipped: number[];
}

/**
 * Counts overlapping k-mers per sequence (a fixed-width summary for sequences of any length).
 *
 * @example
 * kmerCounts(["ACGTA"], 2).kmers.length; // 16; "AC", "CG", "GT", "TA" counted once each
 */
export function kmerCounts(inputs: readonly SequenceInput[], k: number, options: KmerOptions = {}): KmerCounts {
  const alphabetOption = options.alphabet ?? "dna";
  const symbols = symbolsOf(alphabetOption);
  const c = symbols.length;
  if (!Number.isInteger(k) || k < 1 || c ** k > 1_000_000)
    fail("BAD_OPTION", "k", k, `a whole number ≥ 1 with at most 1,000,000 k-mers (${c}^k)`);
  const width = c ** k;
  const kmers = Array.from({ length: width }, (_, index) => {
    let s = "";
    for (let j = k - 1, rest = index; j >= 0; j--, rest = Math.floor(rest / c)) s = (symbols[rest % c] as string) + s;
    return s;
  });
  const data = new Float32Array(inputs.length * width);
  const skipped = inputs.map((input, n) => {
    const seq = symbols === alphabetOption ? sequenceOf(input) : sequenceOf(input).toUpperCase();
    const codes = Array.from(seq, (ch) => symbols.indexOf(ch));
    let bad = 0;
    let total = 0;
    for (let p = 0; p + k <= codes.length; p++) {
      let index = 0;
      let ok = true;
      for (let j = 0; j < k; j++) {
        const code = codes[p + j] as number;
        if (code < 0) ok = false;
        index = index * c + code;
      }
      if (!ok) bad++;
      else {
        data[n * width + index]! += 1;
        total++;
      }
    }
    if (options.normalize && total > 0) for (let j = 0; j < width; j++) data[n * width + j]! /= total;
    return bad;
  });
  return { data, shape: [inputs.length, width], kmers, skipped };
}
