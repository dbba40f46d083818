import type { CharVocab } from "@nudge/encoders";
import { charVocab } from "@nudge/encoders";
import { createRng } from "@nudge/datasets";
import { modelError } from "../errors.js";

/** makemore's 27-symbol vocabulary: `.` then a–z. */
export function lettersVocab(): CharVocab {
  return charVocab(["abcdefghijklmnopqrstuvwxyz"]);
}

/** Options for sampling words from a character language model. */
export interface SampleOptions {
  /** How many words (default 10). */
  count?: number;
  seed?: number;
  /** 1 samples the model as is; below 1 sharpens towards likely letters, above 1 flattens. */
  temperature?: number;
  /** Longest word before stopping (default 30). */
  maxLength?: number;
}

/** Average negative log-likelihood (nats per character, end token included) and the number of predictions. */
export interface NllReport {
  nll: number;
  count: number;
}

/** Draw words one character at a time from `next(context)` (a distribution over the vocabulary). */
export function sampleWords(
  vocab: CharVocab,
  blockSize: number,
  next: (context: readonly number[]) => ArrayLike<number>,
  options: SampleOptions = {},
): string[] {
  const temperature = options.temperature ?? 1;
  if (!(temperature > 0)) throw modelError("OPTION_INVALID", "temperature", "a number > 0", temperature);
  const rng = createRng(options.seed ?? 0);
  const words: string[] = [];
  for (let w = 0; w < (options.count ?? 10); w++) {
    const context = new Array<number>(blockSize).fill(0);
    const ids: number[] = [];
    while (ids.length < (options.maxLength ?? 30)) {
      const p = Array.from(next(context), (v) => Math.pow(v, 1 / temperature));
      const total = p.reduce((a, b) => a + b, 0);
      let u = rng.next() * total;
      let id = 0;
      while (id < p.length - 1 && u >= p[id]!) u -= p[id++]!;
      if (id === 0) break;
      ids.push(id);
      context.shift();
      context.push(id);
    }
    words.push(vocab.decode(ids));
  }
  return words;
}

/** Throws a located error unless `words` is a non-empty list of strings. */
export function checkWords(words: readonly string[]): void {
  if (!Array.isArray(words) || words.length === 0) throw modelError("DATA_EMPTY", "words");
}
