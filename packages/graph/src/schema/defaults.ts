import type { ToyDataChoice, ToyName, TrainingSettings } from "./types.js";

/** Default training settings: micrograd's moons recipe (max-margin, SGD with decay, L2 1e-4). */
export function defaultTraining(overrides: Partial<TrainingSettings> = {}): TrainingSettings {
  return {
    loss: "max-margin",
    optimizer: { kind: "sgd", lr: 1 },
    schedule: { kind: "linear-decay", final: 0.1, steps: 100 },
    batchSize: "all",
    l2: 1e-4,
    seed: 1337,
    ...overrides,
  };
}

/** A toy data choice with the editor's defaults. */
export function toyData(name: ToyName, overrides: Partial<Omit<ToyDataChoice, "kind" | "name">> = {}): ToyDataChoice {
  return { kind: "toy", name, n: 100, noise: 0.1, seed: 1, testFraction: 0, ...overrides };
}
