import { fail } from "../errors.js";
import { ADD, DOT, LEAF, MUL, POW, RELU, SIGMOID, TANH, isValueOp } from "../ops.js";
import { topologicalOrderOf } from "../topo.js";
import type { Value } from "../value.js";
import { exponentOf } from "../value.js";
import type { Program } from "./program.js";
import { stashedSlot } from "./slots.js";
import { Tape } from "./tape.js";

/** Options of {@link compileTape}. */
export interface TapeOptions {
  /** Leaves fed new numbers each step (`tape.setInput(i, x)`), in this order. */
  inputs?: readonly Value[];
  /** Leaves an optimiser updates (`tape.paramSlots`), in this order, e.g. `model.parameters()`. */
  params?: readonly Value[];
  /**
   * Run each chain `start + a·b + c·d + …` (a neuron), with the ReLU/tanh/sigmoid applied to it, as one
   * instruction; values and grads of every slot are still filled. Default true.
   */
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
  // Stash each node's slot in its visit mark (negative, so no topological sort mistakes it for
  // its own mark): a Map keyed by objects costs microseconds per entry on big graphs.
  for (let i = 0; i < nodes.length; i++) nodes[i]._mark = -1 - i;
  for (const v of [...inputs, ...params]) {
    if (stashedSlot(nodes, v) < 0) {
      v._mark = -1 - nodes.length;
      nodes.push(v);
    }
  }
  const n = nodes.length;
  const opCodes = new Uint8Array(n),
    operandA = new Int32Array(n).fill(-1),
    operandB = new Int32Array(n).fill(-1);
  const exponents = new Float64Array(n),
    fanout = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = nodes[i];
    // The one check of op codes: the sweeps trust the program and only throw as a last resort.
    if (!isValueOp(v._code)) fail("UNKNOWN_OP", `compileTape (slot ${i}, label ${v.label || "(unlabelled)"})`, v._code);
    opCodes[i] = v._code;
    exponents[i] = exponentOf(v);
    if (v._a !== null) fanout[(operandA[i] = -1 - v._a._mark)]++;
    if (v._b !== null && v._code !== POW) fanout[(operandB[i] = -1 - v._b._mark)]++;
  }
  const slot = (v: Value) => -1 - v._mark;
  const outputSlots = Int32Array.from(outputs, slot);
  const pinned = new Uint8Array(n);
  for (const s of outputSlots) pinned[s] = 1;
  const program = emit(
    opCodes,
    operandA,
    operandB,
    exponents,
    fuseChains(opCodes, operandA, operandB, fanout, pinned, options.fuse ?? true),
  );
  return new Tape({
    nodes,
    program,
    opCodes,
    operandA,
    operandB,
    exponents,
    outputSlots,
    inputSlots: Int32Array.from(inputs, slot),
    paramSlots: Int32Array.from(params, slot),
  });
}

function checkLeaves(kind: string, vs: readonly Value[]): void {
  vs.forEach((v, i) => {
    if (v._code !== LEAF) fail("TAPE_NOT_LEAF", kind, i, v.op);
  });
}

/**
 * A chain `start + p0 + p1 + …`: `terms` holds, per product, its slot then the sum slot that adds it;
 * `act` is the slot of a ReLU/tanh/sigmoid applied to the chain's sum alone (-1 if none).
 */
interface Chain {
  start: number;
  terms: number[];
  act: number;
}

interface Fusion {
  chainOf: Int32Array;
  chains: Chain[];
  absorbed: Uint8Array;
}

function fuseChains(
  op: Uint8Array,
  A: Int32Array,
  B: Int32Array,
  fanout: Int32Array,
  pinned: Uint8Array,
  on: boolean,
): Fusion {
  const n = op.length;
  const chainOf = new Int32Array(n).fill(-1),
    absorbed = new Uint8Array(n),
    chains: Chain[] = [];
  const private1 = (s: number) => fanout[s] === 1 && pinned[s] === 0;
  const isProduct = (s: number) => op[s] === MUL && private1(s) && absorbed[s] === 0;
  for (let s = 0; on && s < n; s++) {
    if (op[s] !== ADD || A[s] === B[s]) continue;
    const term = isProduct(B[s]) ? B[s] : isProduct(A[s]) ? A[s] : -1;
    if (term < 0) continue;
    const rest = term === B[s] ? A[s] : B[s];
    absorbed[term] = 1;
    let id = chainOf[rest];
    if (id < 0 || !private1(rest)) {
      id = chains.length;
      chains.push({ start: rest, terms: [], act: -1 });
    }
    chains[id].terms.push(term, s);
    chainOf[s] = id;
  }
  for (let s = 0; on && s < n; s++) {
    if (op[s] !== RELU && op[s] !== TANH && op[s] !== SIGMOID) continue;
    const id = chainOf[A[s]];
    if (id >= 0 && fanout[A[s]] === 1 && chains[id].terms.at(-1) === A[s]) {
      chains[id].act = s;
      chainOf[s] = id;
    }
  }
  return { chainOf, chains, absorbed };
}

function emit(op: Uint8Array, A: Int32Array, B: Int32Array, K: Float64Array, f: Fusion): Program {
  const n = op.length;
  const code = new Uint8Array(n),
    out = new Int32Array(n),
    a = new Int32Array(n),
    b = new Int32Array(n);
  const c = new Int32Array(n).fill(-1),
    k = new Float64Array(n);
  let termCount = 0;
  for (const chain of f.chains) termCount += chain.terms.length / 2;
  const terms = new Int32Array(4 * termCount);
  let i = 0,
    t = 0;
  for (let s = 0; s < n; s++) {
    if (op[s] === LEAF || f.absorbed[s] === 1) continue;
    const id = f.chainOf[s];
    if (id < 0) {
      code[i] = op[s];
      out[i] = s;
      a[i] = A[s];
      b[i] = B[s];
      k[i] = K[s];
      i++;
      continue;
    }
    const chain = f.chains[id];
    if (s !== (chain.act >= 0 ? chain.act : chain.terms[chain.terms.length - 1])) continue;
    code[i] = DOT;
    out[i] = s;
    a[i] = t;
    b[i] = chain.terms.length / 2;
    c[i] = chain.start;
    k[i] = chain.act >= 0 ? op[chain.act] : 0;
    i++;
    for (let j = 0; j < chain.terms.length; j += 2) {
      const product = chain.terms[j];
      terms[t++] = A[product];
      terms[t++] = B[product];
      terms[t++] = product;
      terms[t++] = chain.terms[j + 1];
    }
  }
  return {
    code: code.slice(0, i),
    out: out.slice(0, i),
    a: a.slice(0, i),
    b: b.slice(0, i),
    c: c.slice(0, i),
    k: k.slice(0, i),
    terms,
  };
}
