import type { Dataset, Task } from "../dataset.js";
import { fail } from "../errors.js";
import { blobs, type BlobsOptions } from "./blobs.js";
import { circles, type CirclesOptions } from "./circles.js";
import { moons } from "./moons.js";
import { polynomial, sine, step, type PolynomialOptions } from "./regression.js";
import { spiral, type SpiralOptions } from "./spiral.js";
import { xor } from "./xor.js";
import { leafLesions } from "../bio/leaf-lesions.js";

/** Every option any toy generator understands; each generator reads the ones it knows. */
export type MakeToyOptions = BlobsOptions & CirclesOptions & SpiralOptions & PolynomialOptions;

/** A toy generator's entry in {@link toySets}: what the editor's data picker shows. */
export interface ToySetInfo {
  name: ToyName;
  task: Task;
  /** Number of input features. */
  inputs: number;
  defaultNoise: number;
  /** One sentence for the UI. */
  explain: string;
  make: (options?: MakeToyOptions) => Dataset;
}

/** The toy set names {@link makeToy} accepts. */
export type ToyName = "moons" | "circles" | "spiral" | "xor" | "blobs" | "sine" | "polynomial" | "step" | "lesions";

/** The toy sets, by name. */
export const toySets: Readonly<Record<ToyName, ToySetInfo>> = {
  moons: {
    name: "moons",
    task: "classification",
    inputs: 2,
    defaultNoise: 0.1,
    make: moons,
    explain: "Two interleaving half circles (micrograd's demo).",
  },
  circles: {
    name: "circles",
    task: "classification",
    inputs: 2,
    defaultNoise: 0.05,
    make: circles,
    explain: "A small circle inside a large one.",
  },
  spiral: {
    name: "spiral",
    task: "classification",
    inputs: 2,
    defaultNoise: 0.2,
    make: spiral,
    explain: "Spiral arms, one class per arm.",
  },
  xor: {
    name: "xor",
    task: "classification",
    inputs: 2,
    defaultNoise: 0.1,
    make: xor,
    explain: "Label 1 when the two inputs have opposite signs.",
  },
  blobs: {
    name: "blobs",
    task: "classification",
    inputs: 2,
    defaultNoise: 0.5,
    make: blobs,
    explain: "Gaussian clouds, one class each.",
  },
  sine: {
    name: "sine",
    task: "regression",
    inputs: 1,
    defaultNoise: 0.1,
    make: sine,
    explain: "y = sin(x) with noise.",
  },
  polynomial: {
    name: "polynomial",
    task: "regression",
    inputs: 1,
    defaultNoise: 0.1,
    make: polynomial,
    explain: "y = x³ − x (or your coefficients) with noise.",
  },
  step: {
    name: "step",
    task: "regression",
    inputs: 1,
    defaultNoise: 0.1,
    make: step,
    explain: "y jumps from 0 to 1 at x = 0.",
  },
  lesions: {
    name: "lesions",
    task: "regression",
    inputs: 2,
    defaultNoise: 0,
    make: leafLesions,
    explain: "Lesions per leaf (counts) against humidity and temperature, for Poisson regression.",
  },
};

/** The names of the toy sets, in display order. */
export const toyNames = Object.keys(toySets) as ToyName[];

/**
 * Makes a toy data set by name, for documents that store the choice as data.
 *
 * @example
 * const data = makeToy("moons", { n: 100, noise: 0.1, seed: 1 });
 */
export function makeToy(name: string, options: MakeToyOptions = {}): Dataset {
  const info = (toySets as Record<string, ToySetInfo | undefined>)[name];
  if (!Object.hasOwn(toySets, name) || !info) fail("UNKNOWN_TOY", name, toyNames);
  return info.make(options);
}
