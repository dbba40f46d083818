import { fail } from "../errors.js";
import { ADD, DOT, LEAF, MUL, POW } from "../ops.js";
import { topologicalOrderOf } from "../topo.js";
import type { Value } from "../value.js";
import { exponentOf } from "../value.js";
import type { Program } from "./program.js";
import { Tape } from "./tape.js";

/** Options of {@link compileTape}. */
export interface TapeOptions {
  /** Leaves fed new numbers each step (`tape.setInput(i, x)`), in this order. */
  inputs?: readonly Value[];
  /** Leaves an optimiser updates (`tape.paramSlots`), in this order, e.g. `model.parameters()`. */
  params?: readonly Value[];
  /** Fuse `start + a·b + c·d + …` chains (neurons) into one instruction; values and grads of every slot are still filled. Default true. */
  fuse?: boolean;
}

/**
 * Compiles the graph under `outputs` once into flat typed arrays; then `forward()` and
 * `backward()` re-run it with new inputs and params, giving the same values and grads as the Value graph.
 * @example
 * const tape = compileTape([loss], { inputs: xs, params: model.parameters() });
 * tape.setInput(0, 0.5); tape.forward(); tape.zeroGrad(); tape.backward();
 * const dLossDw0 = tape.grads[tape.paramSlots[0]];
 */
export function compileTape(outputs: readonly Value[], options: TapeOptions = {}): Tape {
  const inputs = options.inputs ?? [];
  const params = options.params ?? [];
  checkLeaves("inputs", inputs);
  checkLeaves("params", params);
  const nodes = topologicalOrderOf(outputs);
  const slotOf = new Map<Value, number>();
  nodes.forEach((v, i) => slotOf.set(v, i));
  for (const v of [...inputs, ...params]) {
    if (!slotOf.has(v)) { slotOf.set(v, nodes.length); nodes.push(v); }
  }
  const n = nodes.length;
  const opCodes = new Uint8Array(n), operandA = new Int32Array(n).fill(-1), operandB = new Int32Array(n).fill(-1);
  const exponents = new Float64Array(n), fanout = new Int32Array(n);
  nodes.forEach((v, i) => {
    opCodes[i] = v._code;
    exponents[i] = exponentOf(v);
    if (v._a !== null) fanout[(operandA[i] = slotOf.get(v._a)!)]++;
    if (v._b !== null && v._code !== POW) fanout[(operandB[i] = slotOf.get(v._b)!)]++;
  });
  const outputSlots = Int32Array.from(outputs, (v) => slotOf.get(v)!);
  const pinned = new Uint8Array(n);
  for (const s of outputSlots) pinned[s] = 1;
  const program = emit(opCodes, operandA, operandB, exponents, fuseChains(opCodes, operandA, operandB, fanout, pinned, options.fuse ?? true));
  return new Tape({
    nodes, slotOf, program, opCodes, operandA, operandB, exponents, outputSlots,
    inputSlots: Int32Array.from(inputs, (v) => slotOf.get(v)!),
    paramSlots: Int32Array.from(params, (v) => slotOf.get(v)!),
  });
}

function checkLeaves(kind: string, vs: readonly Value[]): void {
  vs.forEach((v, i) => { if (v._code !== LEAF) fail("TAPE_NOT_LEAF", kind, i, v.op); });
}

/** A chain `start + p0 + p1 + …`: `terms` holds, per product, its slot then the sum slot that adds it. */
interface Chain { start: number; terms: number[] }

interface Fusion { chainOf: Int32Array; chains: Chain[]; absorbed: Uint8Array }

function fuseChains(op: Uint8Array, A: Int32Array, B: Int32Array, fanout: Int32Array, pinned: Uint8Array, on: boolean): Fusion {
  const n = op.length;
  const chainOf = new Int32Array(n).fill(-1), absorbed = new Uint8Array(n), chains: Chain[] = [];
  const private1 = (s: number) => fanout[s] === 1 && pinned[s] === 0;
  const isProduct = (s: number) => op[s] === MUL && private1(s) && absorbed[s] === 0;
  for (let s = 0; on && s < n; s++) {
    if (op[s] !== ADD || A[s] === B[s]) continue;
    const term = isProduct(B[s]) ? B[s] : isProduct(A[s]) ? A[s] : -1;
    if (term < 0) continue;
    const rest = term === B[s] ? A[s] : B[s];
    absorbed[term] = 1;
    let id = chainOf[rest];
    if (id < 0 || !private1(rest)) { id = chains.length; chains.push({ start: rest, terms: [] }); }
    chains[id].terms.push(term, s);
    chainOf[s] = id;
  }
  return { chainOf, chains, absorbed };
}

function emit(op: Uint8Array, A: Int32Array, B: Int32Array, K: Float64Array, f: Fusion): Program {
  const code: number[] = [], out: number[] = [], a: number[] = [], b: number[] = [], c: number[] = [], k: number[] = [];
  const terms: number[] = [];
  for (let s = 0; s < op.length; s++) {
    if (op[s] === LEAF || f.absorbed[s] === 1) continue;
    const id = f.chainOf[s];
    if (id < 0) { code.push(op[s]); out.push(s); a.push(A[s]); b.push(B[s]); c.push(-1); k.push(K[s]); continue; }
    const chain = f.chains[id];
    if (chain.terms[chain.terms.length - 1] !== s) continue;
    code.push(DOT); out.push(s); a.push(terms.length); b.push(chain.terms.length / 2); c.push(chain.start); k.push(0);
    for (let t = 0; t < chain.terms.length; t += 2) {
      const product = chain.terms[t];
      terms.push(A[product], B[product], product, chain.terms[t + 1]);
    }
  }
  return {
    code: Uint8Array.from(code), out: Int32Array.from(out), a: Int32Array.from(a), b: Int32Array.from(b),
    c: Int32Array.from(c), k: Float64Array.from(k), terms: Int32Array.from(terms),
  };
}
