import { fail } from "./errors.js";
import { opNames, sigmoidOf } from "./ops.js";
import { topologicalOrder } from "./topo.js";

// The op codes of ops.ts as module-local constants: dev-time module runners (Vite, Vitest) turn
// imported bindings into getter calls, too slow for code that runs once per node.
// prettier-ignore
const LEAF = 0, ADD = 1, MUL = 2, POW = 3, EXP = 4, LOG = 5, TANH = 6, RELU = 7, SIGMOID = 8;

/**
 * A scalar that remembers how it was made, so `backward()` can fill in every `grad` (micrograd's `Value`).
 *
 * Each primitive's forward op is a method; its backward rule is the static function right below it.
 * Sugar ops (`sub`, `neg`, `div`) are built from primitives, as in micrograd.
 * @example
 * const a = new Value(-4), b = new Value(2);
 * const c = a.mul(b).add(b.pow(3));
 * c.backward(); // a.grad === 2, b.grad === -4 + 3 * 2 ** 2
 */
export class Value {
  /** The number this node holds; plain and writable (`p.data -= lr * p.grad`). */
  data: number;
  /** d(output)/d(this) after `backward()`; accumulates across calls until `zeroGrad`. */
  grad: number;
  /** A name for drawing (`"a"`, `"w0"`); empty by default. */
  label: string;
  /** @internal op code from ops.ts */
  _code: number;
  /** @internal first operand */
  _a: Value | null;
  /** @internal second operand; for `pow`, a leaf holding the exponent (kept out of `children`) */
  _b: Value | null;
  /** @internal visit mark for topological sorts */
  _mark: number;

  /** A leaf holding `data`, e.g. an input or a parameter. */
  constructor(data: number, label = "") {
    if (typeof data !== "number" || data !== data) fail("BAD_DATA", data);
    // Store a double first so V8 gives these fields a double representation for every Value (PERF-NOTES).
    this.data = NaN;
    this.data = data;
    this.grad = NaN;
    this.grad = 0;
    this.label = label;
    this._code = LEAF;
    this._a = null;
    this._b = null;
    this._mark = 0;
  }

  /** The op that made this node (`"+"`, `"*"`, `"**2"`, `"tanh"`, ...); `""` for a leaf. */
  get op(): string {
    return this._code === POW ? `**${this._b!.data}` : opNames[this._code];
  }

  /** The operands this node was made from (micrograd's `_prev`), in operand order. */
  get children(): readonly Value[] {
    const a = this._a,
      b = this._b;
    return a === null ? [] : b === null || this._code === POW ? [a] : [a, b];
  }

  /** `this + other`. */
  add(other: Value | number): Value {
    const o = lift(other, "add");
    return make(this.data + o.data, ADD, this, o);
  }
  // ∂(a+b)/∂a = 1, ∂(a+b)/∂b = 1
  static addBackward(out: Value): void {
    out._a!.grad += out.grad;
    out._b!.grad += out.grad;
  }

  /** `this * other`. */
  mul(other: Value | number): Value {
    const o = lift(other, "mul");
    return make(this.data * o.data, MUL, this, o);
  }
  // ∂(a·b)/∂a = b, ∂(a·b)/∂b = a
  static mulBackward(out: Value): void {
    const a = out._a!,
      b = out._b!;
    a.grad += b.data * out.grad;
    b.grad += a.data * out.grad;
  }

  /** `this ** k` for a plain number `k` (micrograd supports int/float powers only). */
  pow(k: number): Value {
    if (typeof k !== "number" || !Number.isFinite(k)) fail("POW_EXPONENT", k);
    const x = this.data;
    if (x === 0 && k < 0) fail("DIV_ZERO", this.label);
    if (x < 0 && !Number.isInteger(k)) fail("POW_DOMAIN", x, k, this.label);
    return make(Math.pow(x, k), POW, this, new Value(k));
  }
  // ∂(a^k)/∂a = k·a^(k-1)
  static powBackward(out: Value): void {
    const a = out._a!,
      k = out._b!.data;
    a.grad += k * Math.pow(a.data, k - 1) * out.grad;
  }

  /** `e ** this`. */
  exp(): Value {
    return make(Math.exp(this.data), EXP, this, null);
  }
  // ∂(e^a)/∂a = e^a, which is the output itself
  static expBackward(out: Value): void {
    out._a!.grad += out.data * out.grad;
  }

  /** Natural logarithm; refuses inputs ≤ 0 instead of returning NaN or -Infinity. */
  log(): Value {
    if (!(this.data > 0)) fail("LOG_DOMAIN", this.data, this.label);
    return make(Math.log(this.data), LOG, this, null);
  }
  // ∂(ln a)/∂a = 1/a
  static logBackward(out: Value): void {
    const a = out._a!;
    a.grad += out.grad / a.data;
  }

  /** Hyperbolic tangent. */
  tanh(): Value {
    return make(Math.tanh(this.data), TANH, this, null);
  }
  // ∂(tanh a)/∂a = 1 - tanh(a)²
  static tanhBackward(out: Value): void {
    out._a!.grad += (1 - out.data * out.data) * out.grad;
  }

  /** `max(0, this)`, named as micrograd names it. */
  relu(): Value {
    return make(this.data < 0 ? 0 : this.data, RELU, this, null);
  }
  // ∂relu(a)/∂a = 1 if the output is positive, else 0
  static reluBackward(out: Value): void {
    if (out.data > 0) out._a!.grad += out.grad;
  }

  /** Logistic function `1 / (1 + e^-this)`, computed without overflow. */
  sigmoid(): Value {
    return make(sigmoidOf(this.data), SIGMOID, this, null);
  }
  // ∂σ(a)/∂a = σ(a)·(1 - σ(a))
  static sigmoidBackward(out: Value): void {
    out._a!.grad += out.data * (1 - out.data) * out.grad;
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

  /** Applies this node's backward rule once: adds its contribution to its operands' grads. */
  static propagate(out: Value): void {
    switch (out._code) {
      case ADD:
        Value.addBackward(out);
        break;
      case MUL:
        Value.mulBackward(out);
        break;
      case POW:
        Value.powBackward(out);
        break;
      case EXP:
        Value.expBackward(out);
        break;
      case LOG:
        Value.logBackward(out);
        break;
      case TANH:
        Value.tanhBackward(out);
        break;
      case RELU:
        Value.reluBackward(out);
        break;
      case SIGMOID:
        Value.sigmoidBackward(out);
        break;
      case LEAF:
        break;
      default:
        fail("UNKNOWN_OP", "Value.backward", out._code);
    }
  }

  /**
   * Backpropagation: sets `this.grad = 1`, then applies each node's backward rule in reverse
   * topological order. Grads accumulate (`+=`) as in micrograd, so call `zeroGrad` before a second call.
   */
  backward(): void {
    const topo = topologicalOrder(this);
    this.grad = 1;
    for (let i = topo.length - 1; i >= 0; i--) Value.propagate(topo[i]);
  }

  /** micrograd's `repr`: `Value(data=…, grad=…)`. */
  toString(): string {
    return `Value(data=${this.data}, grad=${this.grad})`;
  }
}

function make(data: number, code: number, a: Value, b: Value | null): Value {
  if (data !== data) fail("NAN_RESULT", opNames[code], a.data, b === null ? Number.NaN : b.data);
  const v = new Value(data);
  v._code = code;
  v._a = a;
  v._b = b;
  return v;
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
