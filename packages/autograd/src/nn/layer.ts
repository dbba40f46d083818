import type { Value } from "../value.js";
import type { Activation, InitOptions } from "./init.js";
import { rngFrom } from "./init.js";
import { Module } from "./module.js";
import { Neuron } from "./neuron.js";

/** Options of a `Layer`. */
export interface LayerOptions extends InitOptions {
  /** Default `"relu"`. */
  activation?: Activation;
  /** Prefix for parameter labels; default `"L"`. */
  name?: string;
}

/**
 * `nout` neurons reading the same `nin` inputs (micrograd's `Layer`).
 * @example
 * const layer = new Layer(2, 3, { activation: "tanh" });
 * const ys = layer.forward([0.5, -1]); // 3 Values
 */
export class Layer extends Module {
  readonly neurons: Neuron[];

  constructor(nin: number, nout: number, options: LayerOptions = {}) {
    super();
    const rng = rngFrom(options);
    const name = options.name ?? "L";
    this.neurons = Array.from(
      { length: nout },
      (_, j) => new Neuron(nin, { ...options, rng, fanOut: nout, name: `${name}.N${j}` }),
    );
  }

  /** Every neuron's output, in order. */
  forward(x: readonly (Value | number)[]): Value[] {
    return this.neurons.map((n) => n.forward(x));
  }

  /** Per neuron: its weights, then its bias. */
  parameters(): Value[] {
    return this.neurons.flatMap((n) => n.parameters());
  }
}
