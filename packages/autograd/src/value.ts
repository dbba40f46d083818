import { fail } from "./errors.js";
import { opNames, sigmoidOf } from "./ops.js";
import * as stores from "./store.js";
import type { Store } from "./store.js";
import { topologicalOrder } from "./topo.js";

// The op codes of ops.ts as module-local constants: dev-time module runners (Vite, Vitest) turn
// imported bindings into getter calls, too slow for code that runs once per node.
const LEAF = 0, ADD = 1, MUL = 2, POW = 3, EXP = 4, LOG = 5, TANH = 6, RELU = 7, SIGMOID = 8;
// store.ts's functions and markers, read once for the same reason.
const { storeWithRoom, sortSlots, sortedSlots, switchAfterBackward } = stores;
const MOVED = stores.MOVED, FOREIGN_OPERAND = stores.FOREIGN_OPERAND;

/**
 * A scalar that remembers how it was made, so `backward()` can fill in every `grad` (micrograd's `Value`).
 *
 * Each primitive's forward op is a method; its backward rule is the static function right below it,
 * written over the store's arrays (`v` values, `g` grads, `o` the node's slot, `a`/`b` its operands').
 * Sugar ops (`sub`, `neg`, `div`) are built from primitives, as in micrograd.
 * @example
 * const a = new Value(-4), b = new Value(2);
 * const c = a.mul(b).add(b.pow(3));
 * c.backward(); // a.grad === 2, b.grad === -4 + 3 * 2 ** 2
 */
export class Value {
  /** A name for drawing (`"a"`, `"w0"`); empty by default. */
  label: string;
  /** @internal the store holding this node's numbers (store.ts) */
  _s: Store;
  /** @internal this node's slot in `_s` */
  _i: number;
  /** @internal first operand */
  _a: Value | null;
  /** @internal second operand; for `pow`, a leaf holding the exponent (kept out of `children`) */
  _b: Value | null;

  /** A leaf holding `data`, e.g. an input or a parameter. */
  constructor(data: number, label = "") {
    if (typeof data !== "number" || data !== data) fail("BAD_DATA", data);
    const s = storeWithRoom(1);
    const i = s.n++;
    s.val[i] = data;
    s.grd[i] = 0;
    s.code[i] = LEAF;
    s.opa[i] = -1;
    s.opb[i] = -1;
    this.label = label;
    this._s = s;
    this._i = i;
    this._a = null;
    this._b = null;
  }

  /** @internal op code from ops.ts, kept in the store */
  get _code(): number {
    return this._s.code[this._i];
  }
  set _code(code: number) {
    this._s.code[this._i] = code;
  }

  /** @internal visit mark for topological sorts, kept in the store */
  get _mark(): number {
    return this._s.mk[this._i];
  }
  set _mark(m: number) {
    this._s.mk[this._i] = m;
  }

  /** The number this node holds; plain and writable (`p.data -= lr * p.grad`). */
  get data(): number {
    return this._s.val[this._i];
  }
  set data(x: number) {
    this._s.val[this._i] = x;
  }

  /** d(output)/d(this) after `backward()`; accumulates across calls until `zeroGrad`. */
  get grad(): number {
    return this._s.grd[this._i];
  }
  set grad(x: number) {
    this._s.grd[this._i] = x;
  }

  /** The op that made this node (`"+"`, `"*"`, `"**2"`, `"tanh"`, ...); `""` for a leaf. */
  get op(): string {
    return this._code === POW ? `**${this._b!.data}` : opNames[this._code];
  }

  /** The operands this node was made from (micrograd's `_prev`), in operand order. */
  get children(): readonly Value[] {
    const a = this._a, b = this._b;
    return a === null ? [] : b === null || this._code === POW ? [a] : [a, b];
  }

  /** `this + other`. */
  add(other: Value | number): Value {
    const o = lift(other, "add");
    return make(this.data + o.data, ADD, this, o);
  }
  // ∂(a+b)/∂a = 1, ∂(a+b)/∂b = 1
  static addBackward(v: Float64Array, g: Float64Array, o: number, a: number, b: number): void {
    g[a] += g[o];
    g[b] += g[o];
  }

  /** `this * other`. */
  mul(other: Value | number): Value {
    const o = lift(other, "mul");
    return make(this.data * o.data, MUL, this, o);
  }
  // ∂(a·b)/∂a = b, ∂(a·b)/∂b = a
  static mulBackward(v: Float64Array, g: Float64Array, o: number, a: number, b: number): void {
    g[a] += v[b] * g[o];
    g[b] += v[a] * g[o];
  }

  /** `this ** k` for a plain number `k` (micrograd supports int/float powers only). */
  pow(k: number): Value {
    if (typeof k !== "number" || !Number.isFinite(k)) fail("POW_EXPONENT", k);
    const x = this.data;
    if (x === 0 && k < 0) fail("DIV_ZERO", this.label);
    if (x < 0 && !Number.isInteger(k)) fail("POW_DOMAIN", x, k, this.label);
    return make(Math.pow(x, k), POW, this, new Value(k));
  }
  // ∂(a^k)/∂a = k·a^(k-1), with k held by the leaf in b
  static powBackward(v: Float64Array, g: Float64Array, o: number, a: number, b: number): void {
    const k = v[b];
    g[a] += k * Math.pow(v[a], k - 1) * g[o];
  }

  /** `e ** this`. */
  exp(): Value {
    return make(Math.exp(this.data), EXP, this, null);
  }
  // ∂(e^a)/∂a = e^a, which is the output itself
  static expBackward(v: Float64Array, g: Float64Array, o: number, a: number): void {
    g[a] += v[o] * g[o];
  }

  /** Natural logarithm; refuses inputs ≤ 0 instead of returning NaN or -Infinity. */
  log(): Value {
    if (!(this.data > 0)) fail("LOG_DOMAIN", this.data, this.label);
    return make(Math.log(this.data), LOG, this, null);
  }
  // ∂(ln a)/∂a = 1/a
  static logBackward(v: Float64Array, g: Float64Array, o: number, a: number): void {
    g[a] += g[o] / v[a];
  }

  /** Hyperbolic tangent. */
  tanh(): Value {
    return make(Math.tanh(this.data), TANH, this, null);
  }
  // ∂(tanh a)/∂a = 1 - tanh(a)²
  static tanhBackward(v: Float64Array, g: Float64Array, o: number, a: number): void {
    g[a] += (1 - v[o] * v[o]) * g[o];
  }

  /** `max(0, this)`, named as micrograd names it. */
  relu(): Value {
    return make(this.data < 0 ? 0 : this.data, RELU, this, null);
  }
  // ∂relu(a)/∂a = 1 if the output is positive, else 0
  static reluBackward(v: Float64Array, g: Float64Array, o: number, a: number): void {
    if (v[o] > 0) g[a] += g[o];
  }

  /** Logistic function `1 / (1 + e^-this)`, computed without overflow. */
  sigmoid(): Value {
    return make(sigmoidOf(this.data), SIGMOID, this, null);
  }
  // ∂σ(a)/∂a = σ(a)·(1 - σ(a))
  static sigmoidBackward(v: Float64Array, g: Float64Array, o: number, a: number): void {
    g[a] += v[o] * (1 - v[o]) * g[o];
  }

  /** `-this`, as `this * -1`. */
  neg(): Value {
    return this.mul(-1);
  }

  /** `this - other`, as `this + (-other)`. */
  sub(other: Value | number): Value {
    return this.add(typeof other === "number" ? -other : lift(other, "sub").neg());
  }

  /** `this / other`, as `this * other ** -1`. */
  div(other: Value | number): Value {
    if (other === 0) fail("DIV_ZERO", this.label);
    return this.mul(typeof other === "number" ? Math.pow(other, -1) : lift(other, "div").pow(-1));
  }

  /** Applies the backward rule of op `code` at slot `o` of one store's arrays. */
  static backwardRule(code: number, v: Float64Array, g: Float64Array, o: number, a: number, b: number): void {
    switch (code) {
      case ADD: Value.addBackward(v, g, o, a, b); break;
      case MUL: Value.mulBackward(v, g, o, a, b); break;
      case POW: Value.powBackward(v, g, o, a, b); break;
      case EXP: Value.expBackward(v, g, o, a); break;
      case LOG: Value.logBackward(v, g, o, a); break;
      case TANH: Value.tanhBackward(v, g, o, a); break;
      case RELU: Value.reluBackward(v, g, o, a); break;
      case SIGMOID: Value.sigmoidBackward(v, g, o, a); break;
      case LEAF: break;
      default: fail("UNKNOWN_OP", "Value.backward", code);
    }
  }

  /** Applies this node's backward rule once: adds its contribution to its operands' grads. */
  static propagate(out: Value): void {
    const a = out._a, b = out._b;
    if (a === null) return Value.backwardRule(out._code, scratchV, scratchG, 0, -1, -1);
    // Operands may live in other stores: run the rule on copies (b shares a's slot when it is a), then write back.
    scratchV[0] = out.data; scratchG[0] = out.grad;
    scratchV[1] = a.data; scratchG[1] = a.grad;
    const ib = b === null ? -1 : b === a ? 1 : 2;
    if (ib === 2) { scratchV[2] = b!.data; scratchG[2] = b!.grad; }
    Value.backwardRule(out._code, scratchV, scratchG, 0, 1, ib);
    a.grad = scratchG[1];
    if (ib === 2) b!.grad = scratchG[2];
  }

  /**
   * Backpropagation: sets `this.grad = 1`, then applies each node's backward rule in reverse
   * topological order. Grads accumulate (`+=`) as in micrograd, so call `zeroGrad` before a second call.
   */
  backward(): void {
    this.grad = 1;
    const s = this._s;
    const n = sortSlots(s, this._i);
    if (n >= 0) {
      const order = sortedSlots();
      // The whole graph is in one store: the same order and rules, over its arrays.
      const { val, grd, code, opa, opb } = s;
      for (let i = n - 1; i >= 0; i--) {
        const o = order[i];
        Value.backwardRule(code[o], val, grd, o, opa[o], opb[o]);
      }
    } else {
      const topo = topologicalOrder(this);
      for (let i = topo.length - 1; i >= 0; i--) Value.propagate(topo[i]);
    }
    switchAfterBackward();
  }

  /** micrograd's `repr`: `Value(data=…, grad=…)`. */
  toString(): string {
    return `Value(data=${this.data}, grad=${this.grad})`;
  }
}

const scratchV = new Float64Array(3), scratchG = new Float64Array(3);

function make(data: number, code: number, a: Value, b: Value | null): Value {
  if (data !== data) fail("NAN_RESULT", opNames[code], a.data, b === null ? Number.NaN : b.data);
  const s = storeWithRoom(3);
  const ia = slotIn(s, a), ib = b === null ? -1 : slotIn(s, b);
  const v = new Value(data);
  s.code[v._i] = code;
  s.opa[v._i] = ia;
  s.opb[v._i] = ib;
  v._a = a;
  v._b = b;
  return v;
}

/** `x`'s slot in store `s`: a leaf from an older store moves into `s`; any other node there is FOREIGN. */
function slotIn(s: Store, x: Value): number {
  if (x._s === s) return x._i;
  if (x._code !== LEAF) return FOREIGN_OPERAND;
  const from = x._s, j = x._i, i = s.n++;
  s.val[i] = from.val[j];
  s.grd[i] = from.grd[j];
  s.code[i] = LEAF;
  s.opa[i] = -1;
  s.opb[i] = -1;
  from.code[j] = MOVED;
  x._s = s;
  x._i = i;
  return i;
}

/** The exponent of a `pow` node (0 for other nodes). */
export function exponentOf(v: Value): number {
  return v._code === POW ? v._b!.data : 0;
}

/** `x` as a Value: a Value passes through, a finite number becomes a new leaf. */
export function lift(x: Value | number, where: string): Value {
  if (x instanceof Value) return x;
  if (typeof x !== "number" || !Number.isFinite(x)) fail("BAD_OPERAND", `Value.${where}`, x);
  return new Value(x);
}
