import { broadcastParams, fillLanes } from "./lanes.js";
import type { BatchTape } from "./lanes.js";
import { predictedClass } from "./losses.js";
import type { Plan } from "./plan.js";
import type { BuiltTape } from "./tape-build.js";
import type { Batch } from "./types.js";

/** Lanes of the tape that `predict`, `predictNodes` and `accuracy` sweep in chunks (at most the training batch's memory bound). */
const PROBE_LANES = 256;

/** Forward-only sweeps over many points on a tape of its own (the training batch stays as it was). */
export class Probe {
  private readonly t: BatchTape;

  constructor(
    private readonly built: BuiltTape,
    private readonly plan: Plan,
    private readonly expression: boolean,
    maxLanes: number,
  ) {
    this.t = built.tape.batch(expression ? 1 : Math.max(1, Math.min(PROBE_LANES, maxLanes)));
  }

  /** Runs the batch's rows through the tape in chunks, calling `read(lanes, first row)` after each. */
  private sweep(
    params: Float64Array,
    batch: Batch,
    dim: number,
    withTargets: boolean,
    read: (t: BatchTape, from: number) => void,
  ): void {
    const t = this.t;
    broadcastParams(this.built, params, t);
    for (let from = 0; from < batch.count; from += t.capacity) {
      const n = Math.min(t.capacity, batch.count - from);
      if (this.expression) t.lanes = 1;
      else fillLanes(this.built, this.plan, t, batch, from, n, dim, 0, withTargets);
      t.forward();
      read(t, from);
    }
  }

  predict(params: Float64Array, points: ArrayLike<number>, count: number, dim: number): Float64Array {
    const k = this.plan.outputs.length;
    const out = new Float64Array(Math.max(0, count) * k);
    const slots = this.plan.outputs.map((o) => this.built.nodeSlots[o]!);
    this.sweep(params, { features: points, targets: [], count }, dim, false, (t, from) => {
      for (let j = 0; j < k; j += 1) {
        const base = slots[j]! * t.capacity;
        for (let l = 0; l < t.lanes; l += 1) out[(from + l) * k + j] = t.values[base + l]!;
      }
    });
    return out;
  }

  predictNodes(
    params: Float64Array,
    points: ArrayLike<number>,
    count: number,
    dim: number,
  ): Record<string, Float32Array> {
    const nodes = this.plan.nodes.map((_, i) => i).filter((i) => i !== this.plan.loss);
    const maps = nodes.map(() => new Float32Array(Math.max(0, count)));
    this.sweep(params, { features: points, targets: [], count }, dim, false, (t, from) => {
      nodes.forEach((i, m) => {
        const base = this.built.nodeSlots[i]! * t.capacity;
        maps[m]!.set(t.values.subarray(base, base + t.lanes), from);
      });
    });
    return Object.fromEntries(nodes.map((i, m) => [this.plan.nodes[i]!.id, maps[m]!]));
  }

  accuracy(params: Float64Array, batch: Batch): number | undefined {
    const { outputs, lossName, task } = this.plan;
    if (task !== "classification" || batch.count < 1 || outputs.length === 0) return undefined;
    const slots = outputs.map((o) => this.built.nodeSlots[o]!);
    const preds = new Float64Array(outputs.length);
    let right = 0;
    this.sweep(params, batch, batch.dim ?? this.plan.featureCount, true, (t, from) => {
      for (let l = 0; l < t.lanes; l += 1) {
        for (let j = 0; j < slots.length; j += 1) preds[j] = t.values[slots[j]! * t.capacity + l]!;
        const row = batch.rows ? Number(batch.rows[from + l]) : from + l;
        if (predictedClass(lossName, preds) === Number(batch.targets[row])) right += 1;
      }
    });
    return right / batch.count;
  }
}
