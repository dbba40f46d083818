import { trainDevTestSplit } from "@nudge/datasets";

/** Words cut into train/dev/test (80/10/10 by default, as makemore) with a seed. */
export interface WordSplit {
  train: string[];
  dev: string[];
  test: string[];
}

/**
 * Split a word list for language-model training (rows shuffled with `seed`).
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
    fractions: options.fractions,
  });
  const pick = (rows: number[]) => rows.map((i) => words[i]!);
  return { train: pick(train), dev: pick(dev), test: pick(test) };
}
