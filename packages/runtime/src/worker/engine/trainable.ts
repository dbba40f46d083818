/** The rows a forward pass reads: a row-major feature matrix, its targets and which rows to use. */
export interface Batch {
  features: Float32Array;
  targets: Float32Array;
  dim: number;
  /** Row indices into `features`, or null for rows 0..count-1. */
  rows: Int32Array | null;
  count: number;
}

/** Where a NaN or infinity first appeared. */
export interface NonFinite {
  nodeId: string;
  what: "value" | "gradient" | "L2 penalty";
  sample: number;
}

/**
 * What the training loop needs from a compiled document. The interim implementation is
 * `PlanEvaluator`; an adapter over `@nudge/graph`'s `compile()` result plugs in here.
 */
export interface Trainable {
  /** All trainable parameters (the optimiser updates them in place). */
  readonly params: Float64Array;
  /** d loss / d param after `backward()`. */
  readonly grads: Float64Array;
  /** Doc node id per node index. */
  readonly nodeIds: readonly string[];
  setBatch(batch: Batch): void;
  /** Mean loss over the batch plus `l2 · Σ p²`. */
  forward(l2?: number): number;
  /** Fill `grads` (and every node's gradient) for the last forward pass. */
  backward(l2?: number): void;
  value(node: number, sample: number): number;
  grad(node: number, sample: number): number;
  /** The first node (in forward, then backward order) with a NaN or infinite value or gradient. */
  nonFinite(): NonFinite | null;
}
