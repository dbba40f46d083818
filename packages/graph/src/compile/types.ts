import type { Tape, Value } from "@nudge/autograd";
import type { ModelSpec } from "@nudge/model-spec";
import type { Problem } from "../problems.js";
import type { GraphDoc, LossName } from "../schema/types.js";
import type { ParamOwner } from "./plan.js";
import type { GraphRoles } from "./roles.js";

/** Rows of a data set for one step: row-major `features` (`dim` per row), one target per row. */
export interface Batch {
  features: ArrayLike<number>;
  targets: ArrayLike<number>;
  /** Values per row in `features`; defaults to the document's feature count. */
  dim?: number;
  /** Row indices into `features` / `targets`, or null for rows 0..count-1. */
  rows?: ArrayLike<number> | null;
  count: number;
}

/** Where a NaN or infinity first appeared (forward order for values, backward order for gradients). */
export interface NonFinite {
  nodeId: string;
  what: "value" | "gradient";
  sample: number;
  edgeId?: string;
}

/** A compiled expression or neuron graph: a tape over a batch, with doc ids mapped to its slots. */
export interface CompiledGraph {
  readonly mode: "expression" | "neurons";
  /** Trainable numbers (edge weights, biases, Parameter values); optimisers update them in place. */
  readonly params: Float64Array;
  /** d(total loss)/d(param) after `backward()`. */
  readonly grads: Float64Array;
  /** Who owns each param: an edge id (weight) or a node id (bias or Parameter value). */
  readonly paramOwners: readonly ParamOwner[];
  /** Doc node ids in evaluation order; `value(i, s)` and `grad(i, s)` index this list. */
  readonly nodeIds: readonly string[];
  /** What each node is for (leaf, trainable, outputs, loss, neuron layers …), by `nodeIds` index. */
  readonly roles: GraphRoles;
  readonly featureCount: number;
  readonly outputCount: number;
  readonly lossName: LossName;
  readonly task: "classification" | "regression" | "density" | "none";
  /** Samples (lanes) the batched tape holds now; `setBatch` with more rows grows it, up to `maxBatch`. */
  readonly capacity: number;
  /** The most rows `setBatch` accepts for this network (the tape's memory bound); train in minibatches of at most this. */
  readonly maxBatch: number;
  /** Rows in the current batch. */
  readonly count: number;
  /**
   * One sample's `@nudge/autograd` tape (its program, slots and ops, for drawing); training runs it
   * over the batch with `tape.batch(capacity)`, one lane per sample, so read numbers with `value`/`grad`.
   */
  readonly tape: Tape;
  /** The tape over the batch (`tape.batch(capacity)`): every slot's value and grad per sample, `values[slot · capacity + sample]`. */
  readonly batchTape: ReturnType<Tape["batch"]>;
  /** The Value graph the tape was compiled from: one sample's weighted data loss `(1/n)·loss`, or the expression's root. */
  readonly root: Value;
  /** The doc node the expression computes (its last node without outgoing wires, or its first Output); "check my gradient" differentiates it. */
  readonly rootId: string | undefined;
  setBatch(batch: Batch): void;
  /** Runs the tape over the batch; returns the total loss (mean data loss + l2·Σp², or the expression's value), NaN if not finite. */
  forward(l2?: number): number;
  /** Zeroes and fills every gradient for the last forward pass; copies param grads into `grads`. */
  backward(l2?: number): void;
  /** Data loss (mean over the batch) and total loss of the last forward pass. */
  losses(): { data: number; total: number };
  /** Value of node `node` (a `nodeIds` index) in a sample of the batch (the Loss node: that sample's loss). */
  value(node: number, sample?: number): number;
  /** d(total loss)/d(that value) in a sample: a Parameter's share from that sample, the Loss node's 1/n. */
  grad(node: number, sample?: number): number;
  nodeIndex(nodeId: string): number;
  /** Slot of a doc node in `tape` (the Loss node: the sample's loss), or -1. */
  nodeSlot(nodeId: string): number;
  /** Param index of an edge's weight or a node's bias / value, or -1. */
  paramIndex(id: string, kind: "edge" | "node"): number;
  nonFinite(): NonFinite | null;
  /** Outputs for `count` points (row-major, `dim` per row): `count × outputCount` numbers. */
  predict(points: ArrayLike<number>, count: number, dim?: number): Float64Array;
  /** Every node's value (but the Loss node's) for each point (per-neuron output maps). */
  predictNodes(points: ArrayLike<number>, count: number, dim?: number): Record<string, Float32Array>;
  /** Fraction of rows classified correctly (classification data only). */
  accuracy(batch: Batch): number | undefined;
  /**
   * Central finite difference of the total loss (the expression's value) with respect to a param or
   * to one node's value in one sample, computed in plain numbers: "check my gradient".
   */
  finiteDifference(target: { param: number } | { nodeId: string; sample?: number }, h?: number): number;
  /** A copy of `doc` with the current params written back as edge weights, biases and Parameter values. */
  writeBack(doc: GraphDoc): GraphDoc;
}

/** What `compile` returns. */
export type CompileResult =
  | { ok: true; kind: "tape"; graph: CompiledGraph; warnings: Problem[] }
  | {
      ok: true;
      kind: "model";
      spec: ModelSpec;
      layerNodeIds: string[];
      /** The Loss node, if the graph has one. */ lossNodeId?: string;
      warnings: Problem[];
    }
  | { ok: false; problems: Problem[] };

/** Options of `compile`. */
export interface CompileOptions {
  /** Samples the tape holds at first (default: the batch size, or the training rows for "all", at most 1024). */
  capacity?: number;
}
