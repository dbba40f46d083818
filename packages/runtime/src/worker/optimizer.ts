import { Adam, SGD } from "@nudge/autograd";
import type { OptimizerSettings } from "../protocol.js";

/** An `@nudge/autograd` optimiser stepping a parameter vector in place (its `lr` is set before each step). */
export type Optimizer = SGD | Adam;

/** SGD (with optional momentum) or Adam over `params` / `grads` (e.g. a CompiledGraph's), keeping its state between steps. */
export function createOptimizer(settings: OptimizerSettings, params: Float64Array, grads: Float64Array): Optimizer {
  const slots = {
    values: params,
    grads,
    paramSlots: Int32Array.from(params, (_, i) => i),
    zeroGrad: () => grads.fill(0),
  };
  return settings.kind === "adam"
    ? new Adam(slots, { lr: settings.lr })
    : new SGD(slots, { lr: settings.lr, momentum: settings.momentum ?? 0 });
}
