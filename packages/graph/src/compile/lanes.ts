import type { Tape } from "@nudge/autograd";
import { fail } from "../problems.js";
import { targetSlotValue } from "./losses.js";
import type { Plan } from "./plan.js";
import type { BuiltTape } from "./tape-build.js";
import type { Batch } from "./types.js";

/** `@nudge/autograd`'s batched tape (`tape.batch(lanes)`): `values[slot · capacity + lane]`. */
export type BatchTape = ReturnType<Tape["batch"]>;

/** Writes rows `from … from + count − 1` of a batch into lanes 0 … count − 1 (features, target, one-hot, weight 1/n). */
export function fillLanes(
  built: BuiltTape,
  plan: Plan,
  t: BatchTape,
  batch: Batch,
  from: number,
  count: number,
  dim: number,
  weight: number,
  withTargets: boolean,
): void {
  const { featureSlots, targetSlot, onehotSlots, sampleWeightSlot } = built;
  const { features, rows } = batch;
  const targets = withTargets ? batch.targets : undefined;
  const L = t.capacity;
  const v = t.values;
  const k = plan.outputs.length;
  for (let s = 0; s < count; s += 1) {
    const row = rows ? Number(rows[from + s]) : from + s;
    for (let f = 0; f < featureSlots.length; f += 1) {
      const x = Number(features[row * dim + f]);
      if (!Number.isFinite(x)) fail("bad-batch", `feature ${f} of row ${row} is ${x}`);
      v[featureSlots[f]! * L + s] = x;
    }
    const y = targets ? Number(targets[row]) : 0;
    if (!Number.isFinite(y)) fail("bad-batch", `target of row ${row} is ${y}`);
    v[targetSlot * L + s] = targetSlotValue(plan.lossName, k, y);
    for (let j = 0; j < onehotSlots.length; j += 1) v[onehotSlots[j]! * L + s] = y === j ? 1 : 0;
    v[sampleWeightSlot * L + s] = weight;
  }
  t.lanes = count;
}

/** Writes every param into its slot in every lane. */
export function broadcastParams(built: BuiltTape, params: Float64Array, t: BatchTape): void {
  const { paramSlots } = built;
  for (let p = 0; p < params.length; p += 1) t.broadcast(paramSlots[p]!, params[p]!);
}

/** The first checked slot (node values and the sample's loss term) with a non-finite number in an active lane. */
export function firstBadSlot(
  built: BuiltTape,
  t: BatchTape,
  arr: Float64Array,
  direction: 1 | -1,
): { slot: number; lane: number } | null {
  const slots = built.checkSlots;
  const L = t.capacity;
  const used = t.lanes;
  for (let k = 0; k < slots.length; k += 1) {
    const base = slots[direction === 1 ? k : slots.length - 1 - k]! * L;
    for (let l = 0; l < used; l += 1) {
      if (arr[base + l]! - arr[base + l]! !== 0) return { slot: base / L, lane: l };
    }
  }
  return null;
}
