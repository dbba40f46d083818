import { fail } from "./errors.js";
import type { Value } from "./value.js";

/** Parameters living in flat arrays, e.g. a `Tape` (`values`, `grads`, `paramSlots`). */
export interface SlotParams {
  readonly values: Float64Array;
  readonly grads: Float64Array;
  readonly paramSlots: Int32Array;
  /** Zeroes every grad the next backward sweep accumulates into (for a tape: all slots, not only params). */
  zeroGrad(): void;
}

/** What an optimiser updates: Values (`model.parameters()`) or a tape's param slots. */
export type Params = readonly Value[] | SlotParams;

interface Access {
  n: number;
  get(i: number): number;
  grad(i: number): number;
  set(i: number, x: number): void;
  zero(): void;
  label(i: number): string;
}

function access(params: Params): Access {
  if (Array.isArray(params)) {
    const ps = params as readonly Value[];
    return {
      n: ps.length,
      get: (i) => ps[i].data,
      grad: (i) => ps[i].grad,
      set: (i, x) => {
        ps[i].data = x;
      },
      zero: () => {
        for (const p of ps) p.grad = 0;
      },
      label: (i) => ps[i].label,
    };
  }
  const slots = params as SlotParams;
  const { values, grads, paramSlots } = slots;
  return {
    n: paramSlots.length,
    get: (i) => values[paramSlots[i]],
    grad: (i) => grads[paramSlots[i]],
    set: (i, x) => {
      values[paramSlots[i]] = x;
    },
    zero: () => slots.zeroGrad(),
    label: (i) => `slot ${paramSlots[i]}`,
  };
}

/** Refuses to step when a gradient is NaN or infinite, so no parameter silently turns into NaN. */
function checkGrads(name: string, p: Access): void {
  for (let i = 0; i < p.n; i++) {
    const g = p.grad(i);
    if (!Number.isFinite(g)) fail("OPTIM_NONFINITE", name, i, p.label(i), g);
  }
}

function checkLr(name: string, lr: unknown): void {
  if (typeof lr !== "number" || !Number.isFinite(lr)) fail("OPTIM_LR", name, lr);
}

/** Options of {@link SGD}. */
export interface SGDOptions {
  lr: number;
  momentum?: number;
}

/**
 * Stochastic gradient descent, `v = momentum·v + grad; p -= lr·v` (PyTorch's form). Set `lr` between steps to schedule it.
 * @example
 * const opt = new SGD(model.parameters(), { lr: 0.1, momentum: 0.9 });
 * opt.zeroGrad(); loss.backward(); opt.step();
 */
export class SGD {
  lr: number;
  momentum: number;
  private readonly p: Access;
  private readonly velocity: Float64Array;

  constructor(params: Params, options: SGDOptions) {
    checkLr("SGD", options.lr);
    this.lr = options.lr;
    this.momentum = options.momentum ?? 0;
    this.p = access(params);
    this.velocity = new Float64Array(this.p.n);
  }

  /** Applies one update to every parameter. */
  step(): void {
    checkLr("SGD", this.lr);
    checkGrads("SGD", this.p);
    const { p, velocity, lr, momentum } = this;
    for (let i = 0; i < p.n; i++) {
      velocity[i] = momentum * velocity[i] + p.grad(i);
      p.set(i, p.get(i) - lr * velocity[i]);
    }
  }

  /** Sets every parameter's grad to 0. */
  zeroGrad(): void {
    this.p.zero();
  }
}

/** Options of {@link Adam}. */
export interface AdamOptions {
  lr: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
}

/**
 * Adam (Kingma & Ba 2015) with bias correction; defaults beta1 0.9, beta2 0.999, eps 1e-8.
 * @example
 * const opt = new Adam(tape, { lr: 0.01 });
 */
export class Adam {
  lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  private t = 0;
  private readonly p: Access;
  private readonly m: Float64Array;
  private readonly v: Float64Array;

  constructor(params: Params, options: AdamOptions) {
    checkLr("Adam", options.lr);
    this.lr = options.lr;
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.eps = options.eps ?? 1e-8;
    this.p = access(params);
    this.m = new Float64Array(this.p.n);
    this.v = new Float64Array(this.p.n);
  }

  /** Applies one update to every parameter. */
  step(): void {
    checkLr("Adam", this.lr);
    checkGrads("Adam", this.p);
    const { p, m, v, beta1, beta2, eps, lr } = this;
    this.t += 1;
    const c1 = 1 - Math.pow(beta1, this.t),
      c2 = 1 - Math.pow(beta2, this.t);
    for (let i = 0; i < p.n; i++) {
      const g = p.grad(i);
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * g * g;
      p.set(i, p.get(i) - (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps));
    }
  }

  /** Sets every parameter's grad to 0. */
  zeroGrad(): void {
    this.p.zero();
  }
}
