import type { CompiledGraph } from "./types.js";

/** `@nudge/runtime`'s `Trainable` (packages/runtime/src/worker/engine/trainable.ts), copied: CompiledGraph must satisfy it. */
interface RuntimeTrainable {
  readonly params: Float64Array;
  readonly grads: Float64Array;
  readonly nodeIds: readonly string[];
  setBatch(batch: { features: Float32Array; targets: Float32Array; dim: number; rows: Int32Array | null; count: number }): void;
  forward(l2?: number): number;
  backward(l2?: number): void;
  value(node: number, sample: number): number;
  grad(node: number, sample: number): number;
  nonFinite(): { nodeId: string; what: "value" | "gradient"; sample: number } | null;
}

export const asTrainable = (graph: CompiledGraph): RuntimeTrainable => graph;
