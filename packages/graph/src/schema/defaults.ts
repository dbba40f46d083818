import type { NamesTextChoice, ToyDataChoice, ToyName, TrainingSettings, WordsTextChoice } from "./types.js";

/** Default training settings: micrograd's moons recipe (max-margin, SGD with decay, L2 1e-4), pausing after 2,000 steps. */
export function defaultTraining(overrides: Partial<TrainingSettings> = {}): TrainingSettings {
  return {
    loss: "max-margin",
    optimizer: { kind: "sgd", lr: 1 },
    schedule: { kind: "linear-decay", final: 0.1, steps: 100 },
    batchSize: "all",
    l2: 1e-4,
    seed: 1337,
    stopAfter: { count: 2000, unit: "steps" },
    ...overrides,
  };
}

/** A toy data choice with the editor's defaults. */
export function toyData(name: ToyName, overrides: Partial<Omit<ToyDataChoice, "kind" | "name">> = {}): ToyDataChoice {
  return { kind: "toy", name, n: 100, noise: 0.1, seed: 1, testFraction: 0, ...overrides };
}

/** The shipped names as text, split 80/10/10 by word with seed 42 (as `@nudge/models`' reproduction). */
export function namesData(overrides: Partial<Pick<NamesTextChoice, "seed" | "fractions">> = {}): NamesTextChoice {
  return { kind: "text", source: "names", seed: 42, fractions: [0.8, 0.1, 0.1], ...overrides };
}

/** A learner's word list as text, with the same split defaults as {@link namesData}. */
export function wordsData(
  name: string,
  words: string[],
  overrides: Partial<Pick<WordsTextChoice, "seed" | "fractions">> = {},
): WordsTextChoice {
  return { kind: "text", source: "words", name, words, seed: 42, fractions: [0.8, 0.1, 0.1], ...overrides };
}
