import type { Rng } from "../rng.js";
import { createRng } from "../rng.js";
import type { Value } from "../value.js";

/** A neuron's non-linearity; `"linear"` applies none. */
export type Activation = "relu" | "tanh" | "sigmoid" | "linear";

/** Weight initialiser: micrograd's uniform(-1, 1), Xavier/Glorot uniform, or Kaiming/He normal. */
export type Init = "uniform" | "xavier" | "kaiming";

/** Options shared by `Neuron`, `Layer` and `MLP`. */
export interface InitOptions {
  /** Weight initialiser; default `"uniform"` (micrograd). Biases always start at 0. */
  init?: Init;
  /** Random source; default `createRng(seed)`. Pass one Rng to share a stream across modules. */
  rng?: Rng;
  /** Seed used when no `rng` is given; default 1337 (micrograd's demo seed). */
  seed?: number;
}

/** The Rng an options object asks for. */
export function rngFrom(options: InitOptions): Rng {
  return options.rng ?? createRng(options.seed ?? 1337);
}

/** One initial weight for a unit with `nin` inputs in a layer of `nout` units. */
export function initialWeight(init: Init, nin: number, nout: number, activation: Activation, rng: Rng): number {
  if (init === "xavier") {
    const limit = Math.sqrt(6 / (nin + nout));
    return rng.uniform(-limit, limit);
  }
  if (init === "kaiming") {
    const gain = activation === "relu" ? Math.SQRT2 : activation === "tanh" ? 5 / 3 : 1;
    return (gain / Math.sqrt(nin)) * rng.normal();
  }
  return rng.uniform(-1, 1);
}

/** Applies `activation` to `x`. */
export function activate(x: Value, activation: Activation): Value {
  switch (activation) {
    case "relu":
      return x.relu();
    case "tanh":
      return x.tanh();
    case "sigmoid":
      return x.sigmoid();
    default:
      return x;
  }
}
