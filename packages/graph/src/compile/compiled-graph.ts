import { AutogradError } from "@nudge/autograd";
import type { Tape, Value } from "@nudge/autograd";
import { getKind } from "../kinds/registry.js";
import { fail } from "../problems.js";
import type { GraphDoc } from "../schema/types.js";
import { targetSlotValue } from "./losses.js";
import { accuracyOf, nodeMaps, numericTotal, predictRows } from "./numeric.js";
import type { Plan } from "./plan.js";
import { buildTape } from "./tape-build.js";
import type { BuiltTape } from "./tape-build.js";
import type { Batch, CompiledGraph, NonFinite } from "./types.js";

/** Upper bound on tape slots (values of every sample's copy of the network), about 100 MB of Values. */
const MAX_TAPE_SLOTS = 1_500_000;

/** A generous estimate of tape slots per sample: each node, each weight's product and sum, the loss. */
const slotsPerSample = (plan: Plan) => 2 * plan.nodes.length + 2 * plan.owners.length + 8 * Math.max(1, plan.outputs.length) + 4;

/** The tape-backed implementation of {@link CompiledGraph}. */
export class TapeGraph implements CompiledGraph {
  readonly params: Float64Array;
  readonly grads: Float64Array;
  readonly nodeIds: readonly string[];
  readonly maxBatch: number;
  private built: BuiltTape;
  private rows = 0;
  private batch: Batch | null = null;
  private l2: number;
  private failed = false;
  private readonly byId: Map<string, number>;

  constructor(
    private readonly plan: Plan,
    initial: Float64Array,
    capacity: number,
    l2: number,
    readonly mode: "expression" | "neurons",
  ) {
    this.params = initial;
    this.grads = new Float64Array(initial.length);
    this.nodeIds = plan.nodes.map((n) => n.id);
    this.byId = new Map(this.nodeIds.map((id, i) => [id, i]));
    this.l2 = l2;
    this.maxBatch = Math.max(1, Math.floor(MAX_TAPE_SLOTS / slotsPerSample(plan)));
    this.built = buildTape(plan, initial, Math.min(capacity, this.maxBatch), l2, mode === "expression");
    this.rows = mode === "expression" ? 1 : 0;
  }

  get paramOwners() { return this.plan.owners; }
  get featureCount() { return this.plan.featureCount; }
  get outputCount() { return this.plan.outputs.length; }
  get lossName() { return this.plan.lossName; }
  get task() { return this.plan.task; }
  get capacity() { return this.built.capacity; }
  get count() { return this.rows; }
  get tape(): Tape { return this.built.tape; }
  get root(): Value { return this.built.root; }

  setBatch(batch: Batch): void {
    if (this.mode === "expression") return;
    const F = this.plan.featureCount;
    const dim = batch.dim ?? F;
    const { count, features, targets } = batch;
    if (!Number.isInteger(count) || count < 1) fail("bad-batch", `count must be a positive whole number, got ${count}`);
    if (dim < F) fail("bad-batch", `rows have ${dim} values but the graph reads ${F} features`);
    if (count > this.maxBatch) fail("bad-batch", `${count} rows would make the tape too large for this network; use batches of at most ${this.maxBatch}`);
    if (count > this.built.capacity) this.built = buildTape(this.plan, this.params, count, this.l2, false);
    const b = this.built;
    const values = b.tape.values;
    const k = this.plan.outputs.length;
    for (let s = 0; s < b.capacity; s += 1) {
      const active = s < count;
      const row = active ? (batch.rows ? Number(batch.rows[s]) : s) : 0;
      for (let f = 0; f < F; f += 1) {
        const x = active ? Number(features[row * dim + f]) : 0;
        if (!Number.isFinite(x)) fail("bad-batch", `feature ${f} of row ${row} is ${x}`);
        values[b.featureSlots[s * F + f]!] = x;
      }
      const t = active ? Number(targets[row]) : 0;
      if (!Number.isFinite(t)) fail("bad-batch", `target of row ${row} is ${t}`);
      values[b.targetSlots[s]!] = targetSlotValue(this.plan.lossName, k, t);
      if (k > 1) for (let j = 0; j < k; j += 1) values[b.onehotSlots[s * k + j]!] = t === j ? 1 : 0;
      values[b.sampleWeightSlots[s]!] = active ? 1 / count : 0;
    }
    this.rows = count;
    this.batch = { ...batch, dim };
  }

  forward(l2?: number): number {
    const b = this.built;
    const values = b.tape.values;
    if (l2 !== undefined) this.l2 = l2;
    if (b.l2Slot >= 0) values[b.l2Slot] = this.l2;
    for (let p = 0; p < this.params.length; p += 1) values[b.paramSlots[p]!] = this.params[p]!;
    this.failed = false;
    try {
      b.tape.forward();
    } catch (error) {
      if (!(error instanceof AutogradError)) throw error;
      this.failed = true;
      return Number.NaN;
    }
    return values[b.totalSlot]!;
  }

  backward(): void {
    const b = this.built;
    b.tape.zeroGrad();
    b.tape.backward(0);
    for (let p = 0; p < this.params.length; p += 1) this.grads[p] = b.tape.grads[b.paramSlots[p]!]!;
  }

  losses(): { data: number; total: number } {
    const v = this.built.tape.values;
    return { data: v[this.built.dataLossSlot]!, total: v[this.built.totalSlot]! };
  }

  value(node: number, sample = 0): number {
    return this.built.tape.values[this.built.nodeSlots[node]![sample]!]!;
  }

  grad(node: number, sample = 0): number {
    return this.built.tape.grads[this.built.nodeSlots[node]![sample]!]!;
  }

  nodeIndex(nodeId: string): number {
    return this.byId.get(nodeId) ?? -1;
  }

  nodeSlot(nodeId: string, sample = 0): number {
    const i = this.nodeIndex(nodeId);
    return i < 0 ? -1 : (this.built.nodeSlots[i]![sample] ?? -1);
  }

  paramIndex(id: string, kind: "edge" | "node"): number {
    return this.plan.owners.findIndex((o) => o.id === id && o.kind === kind);
  }

  nonFinite(): NonFinite | null {
    const { tape, slotOwner, slotSample, paramSlots } = this.built;
    const find = (arr: Float64Array, from: number, to: number, step: number) => {
      for (let s = from; s !== to; s += step) if (!Number.isFinite(arr[s]!)) return s;
      return -1;
    };
    let slot = find(tape.values, 0, tape.size, 1);
    let what: NonFinite["what"] = "value";
    if (slot < 0 && !this.failed) {
      slot = find(tape.grads, tape.size - 1, -1, -1);
      what = "gradient";
    }
    if (slot < 0) return null;
    const param = Array.prototype.indexOf.call(paramSlots, slot) as number;
    if (param >= 0) {
      const owner = this.plan.owners[param]!;
      if (owner.kind === "edge") return { nodeId: this.edgeTarget(owner.id), edgeId: owner.id, what, sample: 0 };
      return { nodeId: owner.id, what, sample: 0 };
    }
    const node = slotOwner[slot]!;
    const fallback = this.plan.loss >= 0 ? this.plan.loss : (this.plan.outputs[0] ?? 0);
    return { nodeId: this.nodeIds[node >= 0 ? node : fallback] ?? "", what, sample: Math.max(0, slotSample[slot]!) };
  }

  private edgeTarget(edgeId: string): string {
    for (const node of this.plan.nodes) {
      if (node.weights.some((p) => this.plan.owners[p]!.id === edgeId)) return node.id;
    }
    return "";
  }

  predict(points: ArrayLike<number>, count: number, dim = this.plan.featureCount): Float64Array {
    return predictRows(this.plan, this.params, points, count, dim);
  }

  predictNodes(points: ArrayLike<number>, count: number, dim = this.plan.featureCount): Record<string, Float32Array> {
    return nodeMaps(this.plan, this.params, points, count, dim);
  }

  accuracy(batch: Batch): number | undefined {
    return accuracyOf(this.plan, this.params, batch);
  }

  finiteDifference(target: { param: number } | { nodeId: string; sample?: number }, h = 1e-6): number {
    const at = (delta: number) => {
      if ("param" in target) {
        const params = Float64Array.from(this.params);
        params[target.param]! += delta;
        return numericTotal(this.plan, params, this.batch, this.l2, this.mode === "expression");
      }
      const nudge = { node: this.nodeIndex(target.nodeId), sample: target.sample ?? 0, delta };
      return numericTotal(this.plan, this.params, this.batch, this.l2, this.mode === "expression", nudge);
    };
    return (at(h) - at(-h)) / (2 * h);
  }

  writeBack(doc: GraphDoc): GraphDoc {
    const edges = new Map<string, number>();
    const nodes = new Map<string, number>();
    this.plan.owners.forEach((o, p) => (o.kind === "edge" ? edges : nodes).set(o.id, this.params[p]!));
    return {
      ...doc,
      edges: doc.edges.map((e) => (edges.has(e.id) ? { ...e, weight: edges.get(e.id)! } : e)),
      nodes: doc.nodes.map((n) => {
        const own = getKind(n.kind)?.trainable;
        return own && nodes.has(n.id) ? { ...n, params: { ...n.params, [own]: nodes.get(n.id)! } } : n;
      }),
    };
  }
}
