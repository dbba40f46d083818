import { fail } from "../errors.js";
import { POW, opNames } from "../ops.js";
import type { Value } from "../value.js";
import { BatchTape } from "./batch-tape.js";
import { stashedSlot } from "./slots.js";
import type { Program } from "./program.js";
import { backwardSweep, forwardSweep } from "./sweep.js";

/** @internal what compileTape hands the Tape. */
export interface TapeParts {
  nodes: Value[];
  program: Program;
  opCodes: Uint8Array;
  operandA: Int32Array;
  operandB: Int32Array;
  exponents: Float64Array;
  outputSlots: Int32Array;
  inputSlots: Int32Array;
  paramSlots: Int32Array;
}

/**
 * A compiled graph: one slot per Value (leaves, constants and op results) in topological order,
 * with `values` and `grads` as flat Float64Arrays reused every step. Made by `compileTape`.
 */
export class Tape {
  /** Number of slots. */
  readonly size: number;
  /** Current value of every slot. */
  readonly values: Float64Array;
  /** Current gradient of every slot (accumulates until `zeroGrad`). */
  readonly grads: Float64Array;
  /** The Value behind each slot (slot → Value); `indexOf` is the inverse. */
  readonly nodes: readonly Value[];
  /** Op code per slot (ops.ts: 0 leaf, 1 +, 2 *, 3 **, 4 exp, 5 log, 6 tanh, 7 ReLU, 8 sigmoid), for drawing. */
  readonly opCodes: Uint8Array;
  /** First operand slot per slot, -1 for leaves. */
  readonly operandA: Int32Array;
  /** Second operand slot per slot, -1 for leaves and one-operand ops. */
  readonly operandB: Int32Array;
  /** Exponent per `**` slot (0 elsewhere). */
  readonly exponents: Float64Array;
  /** Slots of the compiled outputs, in the order given. */
  readonly outputSlots: Int32Array;
  /** Slots of `options.inputs`, in order. */
  readonly inputSlots: Int32Array;
  /** Slots of `options.params`, in order (what `SGD`/`Adam` update when given the tape). */
  readonly paramSlots: Int32Array;
  /** Number of instructions a sweep executes (fewer than slots when chains are fused). */
  readonly instructionCount: number;
  private readonly program: Program;
  private slotOf: Map<Value, number> | null = null;

  /** @internal use `compileTape`. */
  constructor(parts: TapeParts) {
    this.size = parts.nodes.length;
    this.nodes = parts.nodes;
    this.program = parts.program;
    this.opCodes = parts.opCodes;
    this.operandA = parts.operandA;
    this.operandB = parts.operandB;
    this.exponents = parts.exponents;
    this.outputSlots = parts.outputSlots;
    this.inputSlots = parts.inputSlots;
    this.paramSlots = parts.paramSlots;
    this.instructionCount = parts.program.code.length;
    this.values = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) this.values[i] = parts.nodes[i].data;
    this.grads = new Float64Array(this.size);
  }

  /** The slot of `v`, or -1 if `v` is not in this tape. */
  indexOf(v: Value): number {
    // Fast path: the slot compileTape stashed in v is still there (no sort or compile touched v since).
    const s = stashedSlot(this.nodes, v);
    if (s >= 0) return s;
    if (this.slotOf === null) this.slotOf = new Map(this.nodes.map((node, i) => [node, i]));
    return this.slotOf.get(v) ?? -1;
  }

  /** Display name of the op in `slot` (`"+"`, `"**2"`, `"tanh"`, `""` for a leaf). */
  op(slot: number): string {
    const code = this.opCodes[slot];
    return code === POW ? `**${this.exponents[slot]}` : opNames[code];
  }

  /** Sets input `i` (the `i`-th of `options.inputs`) to `x`; takes effect at the next `forward()`. */
  setInput(i: number, x: number): void {
    if (!(i >= 0 && i < this.inputSlots.length)) fail("TAPE_INDEX", "input", i, this.inputSlots.length);
    if (typeof x !== "number" || !Number.isFinite(x)) fail("TAPE_BAD_INPUT", i, x);
    this.values[this.inputSlots[i]] = x;
  }

  /** Sets all inputs at once, in `options.inputs` order. */
  setInputs(xs: ArrayLike<number>): void {
    if (xs.length !== this.inputSlots.length) fail("TAPE_LENGTH", "setInputs", xs.length, this.inputSlots.length);
    for (let i = 0; i < xs.length; i++) this.setInput(i, xs[i]);
  }

  /** Recomputes every op slot from the leaves; throws if an output becomes NaN or infinite, naming the first bad slot. */
  forward(): void {
    forwardSweep(this.program, this.values);
    const v = this.values;
    for (const s of this.outputSlots) if (!Number.isFinite(v[s])) this.failNonFinite();
  }

  /**
   * Seeds `grads[output] = 1` and backpropagates; grads accumulate like `Value.backward`. The sweep
   * covers the whole tape, so call `zeroGrad` first (always when switching between outputs).
   */
  backward(output = 0): void {
    if (!(output >= 0 && output < this.outputSlots.length))
      fail("TAPE_INDEX", "output", output, this.outputSlots.length);
    this.grads[this.outputSlots[output]] = 1;
    backwardSweep(this.program, this.values, this.grads);
  }

  /** Sets every grad to 0. */
  zeroGrad(): void {
    this.grads.fill(0);
  }

  /**
   * The same program over `capacity` samples at once (one lane per sample), e.g. a minibatch
   * through a one-sample loss graph; every lane starts from this tape's current values.
   * @example
   * const batch = tape.batch(100);
   * for (let l = 0; l < 100; l++) batch.values[batch.at(tape.inputSlots[0], l)] = xs[l];
   * batch.forward(); batch.zeroGrad(); batch.backward();
   * const dLossDw0 = batch.gradSum(tape.paramSlots[0]);
   */
  batch(capacity: number): BatchTape {
    return new BatchTape(this.program, Float64Array.from(this.values), this.outputSlots, capacity);
  }

  /** Value of output `i` after `forward()`. */
  output(i = 0): number {
    return this.values[this.outputSlots[i]];
  }

  /** Value held for `v` (in the tape, not `v.data`). */
  valueOf(v: Value): number {
    return this.values[this.indexOf(v)];
  }

  /** Gradient held for `v`. */
  gradOf(v: Value): number {
    return this.grads[this.indexOf(v)];
  }

  /** Copies every slot's value and grad back into its Value (`data`, `grad`), e.g. to draw it. */
  pull(): void {
    const { nodes, values, grads } = this;
    for (let i = 0; i < nodes.length; i++) {
      nodes[i].data = values[i];
      nodes[i].grad = grads[i];
    }
  }

  /** Reads the leaves' `data` into the tape (after a learner edits a leaf Value directly). */
  push(): void {
    const { nodes, values, opCodes } = this;
    for (let i = 0; i < nodes.length; i++) if (opCodes[i] === 0) values[i] = nodes[i].data;
  }

  private failNonFinite(): never {
    const v = this.values;
    let s = 0;
    while (s < this.size && Number.isFinite(v[s])) s++;
    return fail("TAPE_NAN", s, this.op(s), this.nodes[s]?.label ?? "");
  }
}
