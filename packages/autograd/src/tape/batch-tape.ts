import { fail } from "../errors.js";
import { backwardLanes, forwardLanes } from "./lanes.js";
import type { Program } from "./program.js";

/**
 * A tape run over many samples at once: the same program, one lane per sample, with
 * `values[slot * capacity + lane]` and `grads` alike. Made by `tape.batch(capacity)`.
 * Leaves start with the tape's value in every lane; set inputs per lane and params with `broadcast`.
 */
export class BatchTape {
  /** Lanes allocated. */
  capacity: number;
  /** Lanes the sweeps compute (the rest keep their numbers and are skipped). */
  lanes: number;
  /** Every slot's value in every lane: `values[slot * capacity + lane]`. */
  values: Float64Array;
  /** Every slot's gradient in every lane (accumulates until `zeroGrad`). */
  grads: Float64Array;

  /** @internal use `tape.batch(capacity)`. */
  constructor(
    private readonly program: Program,
    private readonly initial: Float64Array,
    readonly outputSlots: Int32Array,
    capacity: number,
  ) {
    if (!(Number.isInteger(capacity) && capacity >= 1)) fail("TAPE_INDEX", "lanes", capacity, Number.MAX_SAFE_INTEGER);
    this.capacity = 0;
    this.lanes = 0;
    this.values = new Float64Array(0);
    this.grads = new Float64Array(0);
    this.resize(capacity);
  }

  /** Number of slots per lane. */
  get size(): number {
    return this.initial.length;
  }

  /** Reallocates for `capacity` lanes (every lane back to the tape's leaf values); `lanes` becomes `capacity`. */
  resize(capacity: number): void {
    const L = capacity;
    const n = this.initial.length;
    this.values = new Float64Array(n * L);
    this.grads = new Float64Array(n * L);
    for (let s = 0; s < n; s++) this.values.fill(this.initial[s], s * L, s * L + L);
    this.capacity = L;
    this.lanes = L;
  }

  /** Index of `slot` in lane `lane` in `values` / `grads`. */
  at(slot: number, lane: number): number {
    return slot * this.capacity + lane;
  }

  /** Writes `x` into `slot` of every lane (a parameter or a constant shared by all samples). */
  broadcast(slot: number, x: number): void {
    const L = this.capacity;
    this.values.fill(x, slot * L, slot * L + L);
  }

  /** Recomputes every op slot of the first `lanes` lanes; NaN and ±Infinity flow through (check with `firstNonFinite`). */
  forward(): void {
    forwardLanes(this.program, this.values, this.capacity, this.lanes);
  }

  /** Seeds output `output` with `seed` (default 1) in every active lane and backpropagates; grads accumulate. */
  backward(output = 0, seed = 1): void {
    if (!(output >= 0 && output < this.outputSlots.length))
      fail("TAPE_INDEX", "output", output, this.outputSlots.length);
    const base = this.outputSlots[output] * this.capacity;
    this.grads.fill(seed, base, base + this.lanes);
    backwardLanes(this.program, this.values, this.grads, this.capacity, this.lanes);
  }

  /** Sets every grad to 0. */
  zeroGrad(): void {
    this.grads.fill(0);
  }

  /** Σ over the active lanes of `slot`'s gradient (a shared parameter's total gradient). */
  gradSum(slot: number): number {
    const g = this.grads;
    const base = slot * this.capacity;
    const end = base + this.lanes;
    // Four running sums: one long chain of dependent adds would wait on each add's latency.
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0;
    let i = base;
    for (; i + 3 < end; i += 4) {
      s0 += g[i];
      s1 += g[i + 1];
      s2 += g[i + 2];
      s3 += g[i + 3];
    }
    for (; i < end; i++) s0 += g[i];
    return s0 + s1 + (s2 + s3);
  }

  /**
   * The first slot holding a NaN or ±Infinity in an active lane, and that lane, or null: in
   * topological order (`"forward"`, the first value to go bad), or reverse (`"backward"`, the first grad).
   */
  firstNonFinite(
    which: "values" | "grads" = "values",
    order: "forward" | "backward" = "forward",
  ): { slot: number; lane: number } | null {
    const arr = which === "values" ? this.values : this.grads;
    const L = this.capacity;
    const used = this.lanes;
    // Cheap screen first: x·0 is NaN exactly when x is not finite.
    const n = this.initial.length;
    let probe = 0;
    for (let s = 0; s < n; s++) for (let i = s * L, end = i + used; i < end; i++) probe += arr[i] * 0;
    if (probe === 0) return null;
    for (let k = 0; k < n; k++) {
      const s = order === "forward" ? k : n - 1 - k;
      for (let l = 0; l < used; l++) if (!Number.isFinite(arr[s * L + l])) return { slot: s, lane: l };
    }
    return null;
  }
}
