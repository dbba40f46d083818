import type { Value } from "../value.js";

/** Base of every network piece (micrograd's `Module`): lists its parameters and zeroes their grads. */
export abstract class Module {
  /** Every trainable Value, in a fixed order (optimisers and the tape rely on it). */
  abstract parameters(): Value[];

  /** Sets every parameter's grad to 0 (micrograd's `zero_grad`). */
  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = 0;
  }
}
