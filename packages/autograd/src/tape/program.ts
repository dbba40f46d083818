/** The instruction stream a tape executes: one entry per op, or per fused chain. */
export interface Program {
  /** Op code per instruction (ops.ts). */
  code: Uint8Array;
  /** Slot written by each instruction (for DOT, the chain's last partial sum). */
  out: Int32Array;
  /** First operand slot (for DOT: offset into `terms`). */
  a: Int32Array;
  /** Second operand slot, or -1 (for DOT: number of terms). */
  b: Int32Array;
  /** DOT only: the slot the sum starts from (e.g. a neuron's bias). */
  c: Int32Array;
  /** POW only: the exponent. */
  k: Float64Array;
  /** DOT terms, 4 slots each: left factor, right factor, product, partial sum. */
  terms: Int32Array;
}
