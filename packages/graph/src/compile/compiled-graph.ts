import type { Tape, Value } from "@nudge/autograd";
import { getKind } from "../kinds/registry.js";
import { fail } from "../problems.js";
import type { GraphDoc } from "../schema/types.js";
import { broadcastParams, fillLanes, firstBadSlot } from "./lanes.js";
import type { BatchTape } from "./lanes.js";
import { numericTotal } from "./numeric.js";
import type { Plan } from "./plan.js";
import { Probe } from "./probe.js";
import { planRoles } from "./roles.js";
import type { GraphRoles } from "./roles.js";
import { buildTape } from "./tape-build.js";
import type { BuiltTape } from "./tape-build.js";
import type { Batch, CompiledGraph, NonFinite } from "./types.js";

/** Index of the first NaN or ±Infinity, or -1. */
function firstNonFinite(xs: Float64Array): number {
  for (let i = 0; i < xs.length; i += 1) if (xs[i]! - xs[i]! !== 0) return i;
  return -1;
}

/** Upper bound on slots over all lanes (values and grads: 24 MB). */
const MAX_TAPE_SLOTS = 1_500_000;

/** The tape-backed implementation of {@link CompiledGraph}: one sample's tape, run over a batch one lane per sample. */
export class TapeGraph implements CompiledGraph {
  readonly params: Float64Array;
  readonly grads: Float64Array;
  readonly nodeIds: readonly string[];
  readonly maxBatch: number;
  readonly roles: GraphRoles;
  private readonly built: BuiltTape;
  private readonly lanes: BatchTape;
  private probeTape: Probe | undefined;
  private batch: Batch | null = null;
  private l2: number;
  private data = 0;
  private total = 0;
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
    this.roles = planRoles(plan);
    this.l2 = mode === "expression" ? 0 : l2;
    this.built = buildTape(plan, initial, mode === "expression");
    this.maxBatch = mode === "expression" ? 1 : Math.max(1, Math.floor(MAX_TAPE_SLOTS / this.built.tape.size));
    this.lanes = this.built.tape.batch(mode === "expression" ? 1 : Math.min(capacity, this.maxBatch));
    this.lanes.lanes = 1;
  }

  get paramOwners() {
    return this.plan.owners;
  }
  get featureCount() {
    return this.plan.featureCount;
  }
  get outputCount() {
    return this.plan.outputs.length;
  }
  get lossName() {
    return this.plan.lossName;
  }
  get task() {
    return this.plan.task;
  }
  get capacity() {
    return this.lanes.capacity;
  }
  get count() {
    return this.lanes.lanes;
  }
  get tape(): Tape {
    return this.built.tape;
  }
  get batchTape(): BatchTape {
    return this.lanes;
  }
  get root(): Value {
    return this.built.root;
  }
  get rootId(): string | undefined {
    return this.plan.nodes[this.plan.root]?.id;
  }

  setBatch(batch: Batch): void {
    if (this.mode === "expression") return;
    const F = this.plan.featureCount;
    const dim = batch.dim ?? F;
    const { count } = batch;
    if (!Number.isInteger(count) || count < 1) fail("bad-batch", `count must be a positive whole number, got ${count}`);
    if (dim < F) fail("bad-batch", `rows have ${dim} values but the graph reads ${F} features`);
    if (count > this.maxBatch)
      fail(
        "bad-batch",
        `${count} rows would make the tape too large for this network; use batches of at most ${this.maxBatch}`,
      );
    if (count > this.lanes.capacity)
      this.lanes.resize(Math.min(this.maxBatch, Math.max(count, 2 * this.lanes.capacity)));
    fillLanes(this.built, this.plan, this.lanes, batch, 0, count, dim, 1 / count, true);
    this.batch = { ...batch, dim };
  }

  forward(l2?: number): number {
    if (l2 !== undefined && this.mode !== "expression") this.l2 = l2;
    const t = this.lanes;
    broadcastParams(this.built, this.params, t);
    t.forward();
    const base = this.built.tape.outputSlots[0]! * t.capacity;
    let data = 0;
    for (let l = 0; l < t.lanes; l += 1) data += t.values[base + l]!;
    let reg = 0;
    if (this.l2 !== 0) for (let p = 0; p < this.params.length; p += 1) reg += this.params[p]! * this.params[p]!;
    this.data = data;
    this.total = data + this.l2 * reg;
    return Number.isFinite(this.total) ? this.total : Number.NaN;
  }

  backward(): void {
    const t = this.lanes;
    t.zeroGrad();
    t.backward(0);
    const { paramSlots } = this.built;
    for (let p = 0; p < this.params.length; p += 1)
      this.grads[p] = t.gradSum(paramSlots[p]!) + 2 * this.l2 * this.params[p]!;
  }

  losses(): { data: number; total: number } {
    return { data: this.data, total: this.total };
  }

  value(node: number, sample = 0): number {
    return this.lanes.values[this.built.nodeSlots[node]! * this.lanes.capacity + sample]!;
  }

  grad(node: number, sample = 0): number {
    return this.lanes.grads[this.built.nodeSlots[node]! * this.lanes.capacity + sample]!;
  }

  nodeIndex(nodeId: string): number {
    return this.byId.get(nodeId) ?? -1;
  }

  nodeSlot(nodeId: string): number {
    const i = this.nodeIndex(nodeId);
    return i < 0 ? -1 : this.built.nodeSlots[i]!;
  }

  paramIndex(id: string, kind: "edge" | "node"): number {
    return this.plan.owners.findIndex((o) => o.id === id && o.kind === kind);
  }

  /**
   * The first NaN or ±Infinity, as the learner sees it: params, node values in forward order, then
   * node gradients in backward order, then param gradients (inner slots, e.g. a neuron's products,
   * are not scanned: a bad one shows up in its node or in a gradient).
   */
  nonFinite(): NonFinite | null {
    const { paramSlots } = this.built;
    let what: NonFinite["what"] = "value";
    const p0 = firstNonFinite(this.params);
    let bad = p0 >= 0 ? { slot: paramSlots[p0]!, lane: 0 } : firstBadSlot(this.built, this.lanes, this.lanes.values, 1);
    if (!bad && Number.isFinite(this.total)) {
      what = "gradient";
      bad = firstBadSlot(this.built, this.lanes, this.lanes.grads, -1);
      if (!bad) {
        const p = firstNonFinite(this.grads);
        if (p >= 0) bad = { slot: paramSlots[p]!, lane: 0 };
      }
    }
    if (!bad && !Number.isFinite(this.total)) {
      const p = this.params.findIndex((x) => !Number.isFinite(this.l2 * x * x));
      bad = { slot: p >= 0 ? paramSlots[p]! : this.built.tape.outputSlots[0]!, lane: 0 };
    }
    if (!bad) return null;
    const param = paramSlots.indexOf(bad.slot);
    if (param >= 0) {
      const owner = this.plan.owners[param]!;
      if (owner.kind === "edge") return { nodeId: this.edgeTarget(owner.id), edgeId: owner.id, what, sample: bad.lane };
      return { nodeId: owner.id, what, sample: bad.lane };
    }
    const node = this.built.slotOwner[bad.slot]!;
    return { nodeId: this.nodeIds[node] ?? this.nodeIds[this.nodeIds.length - 1] ?? "", what, sample: bad.lane };
  }

  private edgeTarget(edgeId: string): string {
    for (const node of this.plan.nodes) {
      if (node.weights.some((p) => this.plan.owners[p]!.id === edgeId)) return node.id;
    }
    return "";
  }

  predict(points: ArrayLike<number>, count: number, dim = this.plan.featureCount): Float64Array {
    return this.probe().predict(this.params, points, count, dim);
  }

  predictNodes(points: ArrayLike<number>, count: number, dim = this.plan.featureCount): Record<string, Float32Array> {
    return this.probe().predictNodes(this.params, points, count, dim);
  }

  accuracy(batch: Batch): number | undefined {
    return this.probe().accuracy(this.params, batch);
  }

  private probe(): Probe {
    return (this.probeTape ??= new Probe(this.built, this.plan, this.mode === "expression", this.maxBatch));
  }

  finiteDifference(target: { param: number } | { nodeId: string; sample?: number }, h = 1e-6): number {
    const expression = this.mode === "expression";
    const at = (delta: number) => {
      if ("param" in target) {
        const params = Float64Array.from(this.params);
        params[target.param]! += delta;
        return numericTotal(this.plan, params, this.batch, this.l2, expression);
      }
      const nudge = { node: this.nodeIndex(target.nodeId), sample: target.sample ?? 0, delta };
      return numericTotal(this.plan, this.params, this.batch, this.l2, expression, nudge);
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
