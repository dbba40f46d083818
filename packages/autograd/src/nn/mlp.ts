import { fail } from "../errors.js";
import type { Value } from "../value.js";
import type { Activation, InitOptions } from "./init.js";
import { rngFrom } from "./init.js";
import { Layer } from "./layer.js";
import { Module } from "./module.js";

/** Options of an `MLP`. */
export interface MLPOptions extends InitOptions {
  /** One activation per layer; default micrograd's: `"relu"` for hidden layers, `"linear"` for the last. */
  activations?: readonly Activation[];
}

/**
 * A multi-layer perceptron (micrograd's `MLP`): `new MLP(2, [16, 16, 1])` has two ReLU layers of 16
 * and a linear output, uniform(-1, 1) weights from seed 1337 and zero biases.
 * @example
 * const model = new MLP(2, [16, 16, 1]);
 * const [score] = model.forward([0.5, -0.2]);
 * for (const p of model.parameters()) p.data -= 0.1 * p.grad;
 */
export class MLP extends Module {
  readonly layers: Layer[];

  constructor(nin: number, nouts: readonly number[], options: MLPOptions = {}) {
    super();
    if (nouts.length === 0) fail("NN_EMPTY");
    const acts = options.activations ?? nouts.map((_, i) => (i === nouts.length - 1 ? "linear" : "relu"));
    if (acts.length !== nouts.length) fail("NN_LAYERS", acts.length, nouts.length);
    const rng = rngFrom(options);
    const sizes = [nin, ...nouts];
    this.layers = nouts.map(
      (nout, i) => new Layer(sizes[i], nout, { ...options, rng, activation: acts[i], name: `L${i}` }),
    );
  }

  /** The last layer's outputs for inputs `x` (one Value per output unit). */
  forward(x: readonly (Value | number)[]): Value[] {
    let h: readonly (Value | number)[] = x;
    for (const layer of this.layers) h = layer.forward(h);
    return h as Value[];
  }

  /** Per layer, per neuron: the weights, then the bias (micrograd's order). */
  parameters(): Value[] {
    return this.layers.flatMap((l) => l.parameters());
  }
}
