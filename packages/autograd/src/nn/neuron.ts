import { fail } from "../errors.js";
import { Value } from "../value.js";
import type { Activation, InitOptions } from "./init.js";
import { activate, initialWeight, rngFrom } from "./init.js";
import { Module } from "./module.js";

/** Options of a `Neuron`. */
export interface NeuronOptions extends InitOptions {
  /** Default `"relu"` (micrograd's `nonlin=True`). */
  activation?: Activation;
  /** Units in the neuron's layer (Xavier uses it); default 1. */
  fanOut?: number;
  /** Prefix for parameter labels, e.g. `"L0.N3"` gives `"L0.N3.w0"` … `"L0.N3.b"`. */
  name?: string;
}

/**
 * `activation(b + Σ wᵢ·xᵢ)` with `nin` weights and a bias (micrograd's `Neuron`).
 * @example
 * const n = new Neuron(2, { activation: "tanh" });
 * const y = n.forward([1, -2]);
 */
export class Neuron extends Module {
  readonly w: Value[];
  readonly b: Value;
  readonly activation: Activation;

  constructor(nin: number, options: NeuronOptions = {}) {
    super();
    const rng = rngFrom(options);
    const name = options.name ?? "n";
    this.activation = options.activation ?? "relu";
    this.w = Array.from(
      { length: nin },
      (_, i) =>
        new Value(
          initialWeight(options.init ?? "uniform", nin, options.fanOut ?? 1, this.activation, rng),
          `${name}.w${i}`,
        ),
    );
    this.b = new Value(0, `${name}.b`);
  }

  /** The neuron's output for inputs `x` (numbers or Values): `b + w0·x0 + w1·x1 + …`, then the activation. */
  forward(x: readonly (Value | number)[]): Value {
    if (x.length !== this.w.length) fail("NN_ARITY", "Neuron.forward", x.length, this.w.length);
    let act = this.b;
    for (let i = 0; i < x.length; i++) act = act.add(this.w[i].mul(x[i]));
    return activate(act, this.activation);
  }

  /** The weights, then the bias (micrograd's order). */
  parameters(): Value[] {
    return [...this.w, this.b];
  }
}
