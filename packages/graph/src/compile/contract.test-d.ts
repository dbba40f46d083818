import type { CompiledGraph } from "./types.js";

/** What `@nudge/runtime`'s worker reads from a CompiledGraph (packages/runtime/src/worker/), copied: CompiledGraph must satisfy it. */
interface RuntimeUse {
  readonly params: Float64Array;
  readonly grads: Float64Array;
  readonly nodeIds: readonly string[];
  readonly paramOwners: readonly { id: string; kind: "edge" | "node" }[];
  readonly count: number;
  readonly maxBatch: number;
  readonly outputCount: number;
  readonly roles: {
    readonly leaf: readonly boolean[];
    readonly fromData: readonly boolean[];
    readonly inputs: readonly (readonly number[])[];
    readonly weights: readonly (readonly number[])[];
    readonly activations: readonly (string | undefined)[];
    readonly loss: number;
    readonly prediction: number;
    readonly neuronLayers: readonly (readonly number[])[];
  };
  setBatch(batch: {
    features: Float32Array;
    targets: Float32Array;
    dim: number;
    rows: Int32Array | null;
    count: number;
  }): void;
  forward(l2?: number): number;
  backward(): void;
  value(node: number, sample: number): number;
  grad(node: number, sample: number): number;
  nodeIndex(nodeId: string): number;
  paramIndex(id: string, kind: "edge" | "node"): number;
  nonFinite(): { nodeId: string; edgeId?: string; what: "value" | "gradient"; sample: number } | null;
  predict(points: Float32Array, count: number, dim?: number): Float64Array;
  predictNodes(points: Float32Array, count: number, dim?: number): Record<string, Float32Array>;
  accuracy(batch: {
    features: Float32Array;
    targets: Float32Array;
    dim: number;
    rows: Int32Array;
    count: number;
  }): number | undefined;
}

export const asRuntimeUse = (graph: CompiledGraph): RuntimeUse => graph;
