/** The instruction stream a tape executes: one entry per op, or per fused chain. */
export interface Program {
  /** Op code per instruction (ops.ts). */
  code: Uint8Array;
  /** Slot written by each instruction (for DOT, its activation's slot, or else the chain's last partial sum). */
  out: Int32Array;
  /** First operand slot (for DOT: offset into `terms`). */
  a: Int32Array;
  /** Second operand slot, or -1 (for DOT: number of terms). */
  b: Int32Array;
  /** DOT only: the slot the sum starts from (e.g. a neuron's bias). */
  c: Int32Array;
  /** POW: the exponent; DOT: the op code of its fused activation (RELU, TANH, SIGMOID), or 0. */
  k: Float64Array;
  /** DOT terms, 4 slots each: left factor, right factor, product, partial sum. */
  terms: Int32Array;
}
