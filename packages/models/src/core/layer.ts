import type * as tf from "@tensorflow/tfjs";
import type { ActivationName } from "@nudge/model-spec";

/** What a forward pass is for, and where per-layer records go when diagnostics are on. */
export interface ForwardContext {
  training: boolean;
  /** Draws dropout masks; required when training with dropout. */
  random?: () => number;
  /** When set, layers push their outputs (kept tensors) for diagnostics. */
  record?: { name: string; activation: ActivationName | undefined; output: tf.Tensor; grad?: tf.Tensor }[];
}

/** One built layer: its variables and its forward rule. */
export interface RuntimeLayer {
  readonly name: string;
  readonly params: tf.Variable[];
  /** Non-trained state saved with the weights (BatchNorm running statistics). */
  readonly state: tf.Variable[];
  /** The activation applied last, if any (the loss may skip it: see `network.ts`). */
  readonly activation: ActivationName | undefined;
  apply(x: tf.Tensor, ctx: ForwardContext, skipActivation: boolean): tf.Tensor;
}
