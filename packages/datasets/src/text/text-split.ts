import { charVocab, checkWordList, type CharVocab } from "@nudge/encoders";
import { loadNames } from "../names/names.js";
import { trainDevTestSplit } from "../splits/split.js";

/** Words cut into train/dev/test parts. */
export interface WordSplit {
  train: string[];
  dev: string[];
  test: string[];
}

/**
 * Splits a word list by word (80/10/10 by default, as makemore), the words shuffled with `seed`.
 *
 * @example
 * const { train, dev, test } = splitWords(loadNames(), { seed: 42 });
 */
export function splitWords(
  words: readonly string[],
  options: { seed?: number; fractions?: [number, number, number] } = {},
): WordSplit {
  const { train, dev, test } = trainDevTestSplit(words.length, {
    seed: options.seed ?? 42,
    ...(options.fractions ? { fractions: options.fractions } : {}),
  });
  const pick = (rows: number[]) => rows.map((i) => words[i]!);
  return { train: pick(train), dev: pick(dev), test: pick(test) };
}

/** A text data choice as a document stores it: the shipped names or the learner's words, and the split. */
export type TextChoice = ({ source: "names" } | { source: "words"; words: readonly string[] }) & {
  seed: number;
  /** Shares of train, dev and test (makemore: `[0.8, 0.1, 0.1]`). */
  fractions: [number, number, number];
};

/** A text choice made ready to train: the words, their character vocabulary (`.` first) and the split. */
export interface TextSplit extends WordSplit {
  words: readonly string[];
  vocab: CharVocab;
}

let namesVocab: CharVocab | undefined;

/**
 * The character vocabulary of a text choice (`.` at index 0, then the characters sorted): the shipped
 * names give makemore's 27; a word list is checked first (`checkWordList`, an `EncoderError` naming the line).
 */
export function textVocab(choice: Pick<TextChoice, "source"> & { words?: readonly string[] }): CharVocab {
  if (choice.source === "names") return (namesVocab ??= charVocab(loadNames()));
  const words = choice.words ?? [];
  checkWordList(words);
  return charVocab(words);
}

/**
 * How a text data choice becomes training words: the words, their vocabulary and the seeded split by
 * word. The runtime, the editor and the code exports all call this, so they agree word for word.
 *
 * @example
 * const { vocab, train, dev, test } = makeTextSplit({ source: "names", seed: 42, fractions: [0.8, 0.1, 0.1] });
 * console.log(vocab.size, train.length, dev.length, test.length); // 27 25806 3226 3225
 */
export function makeTextSplit(choice: TextChoice): TextSplit {
  const words = choice.source === "names" ? loadNames() : choice.words;
  const vocab = textVocab(choice);
  return { words, vocab, ...splitWords(words, { seed: choice.seed, fractions: choice.fractions }) };
}
