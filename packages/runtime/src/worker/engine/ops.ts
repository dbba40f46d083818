/** Unary functions a neuron, an activation node or a scalar op node can apply. */
export type UnaryFn = "identity" | "tanh" | "relu" | "sigmoid" | "exp" | "log" | "neg";

/** The losses of @nudge/graph (`LossName`). */
export type LossKind = "mse" | "max-margin" | "bce" | "nll" | "softmax-ce";

export const unaryFns: readonly UnaryFn[] = ["identity", "tanh", "relu", "sigmoid", "exp", "log", "neg"];
export const lossKinds: readonly LossKind[] = ["mse", "max-margin", "bce", "nll", "softmax-ce"];

const aliases: Record<string, UnaryFn> = { linear: "identity", none: "identity", logistic: "sigmoid", ln: "log" };
const lossAliases: Record<string, LossKind> = {
  hinge: "max-margin", "max_margin": "max-margin", maxmargin: "max-margin", "binary-cross-entropy": "bce",
  "negative-log-likelihood": "nll", "mean-squared-error": "mse", "cross-entropy": "softmax-ce",
};

/** Normalise an activation name, or undefined if unknown. */
export function toUnaryFn(name: unknown): UnaryFn | undefined {
  if (typeof name !== "string") return undefined;
  const n = name.toLowerCase();
  return (unaryFns as readonly string[]).includes(n) ? (n as UnaryFn) : aliases[n];
}

/** Normalise a loss name, or undefined if unknown. */
export function toLossKind(name: unknown): LossKind | undefined {
  if (typeof name !== "string") return undefined;
  const n = name.toLowerCase();
  return (lossKinds as readonly string[]).includes(n) ? (n as LossKind) : lossAliases[n];
}

/** f(x). */
export function applyUnary(fn: UnaryFn, x: number): number {
  switch (fn) {
    case "identity": return x;
    case "tanh": return Math.tanh(x);
    case "relu": return x > 0 ? x : 0;
    case "sigmoid": return 1 / (1 + Math.exp(-x));
    case "exp": return Math.exp(x);
    case "log": return Math.log(x);
    case "neg": return -x;
  }
}

/** f'(x), given x and y = f(x). */
export function unaryGrad(fn: UnaryFn, x: number, y: number): number {
  switch (fn) {
    case "identity": return 1;
    case "tanh": return 1 - y * y; // d tanh = 1 - tanh²
    case "relu": return x > 0 ? 1 : 0;
    case "sigmoid": return y * (1 - y); // dσ = σ(1 - σ)
    case "exp": return y; // d exp = exp
    case "log": return 1 / x; // d log x = 1/x
    case "neg": return -1;
  }
}

/** Added inside logs (as @nudge/graph's losses) so a probability of 0 or 1 gives a large loss, not −∞. */
const EPS = 1e-7;

const bce = (p: number, y: number) => -(y * Math.log(p + EPS) + (1 - y) * Math.log(1 - p + EPS));
const bceGrad = (p: number, y: number) => -y / (p + EPS) + (1 - y) / (1 - p + EPS);

/**
 * Loss of one sample over k predictions, the same formulas as @nudge/graph's `sampleLoss`; writes
 * dℓ/dpⱼ into `grad`. One output: mse, max-margin with y = ±1, bce (= nll), softmax-ce on logits [0, p].
 * k outputs against the one-hot target: mean squared error, multi-class hinge, mean bce, −log p[y], softmax-ce.
 */
export function sampleLoss(kind: LossKind, preds: ArrayLike<number>, target: number, grad: Float64Array): number {
  const k = preds.length;
  if (k === 1) {
    const p = preds[0];
    switch (kind) {
      case "mse": grad[0] = 2 * (p - target); return (p - target) ** 2;
      case "max-margin": {
        const y = target > 0 ? 1 : -1;
        const m = 1 - y * p;
        grad[0] = m > 0 ? -y : 0; // relu'(m)·(−y)
        return m > 0 ? m : 0;
      }
      case "bce": case "nll": grad[0] = bceGrad(p, target); return bce(p, target);
      case "softmax-ce": {
        const e = Math.exp(p);
        grad[0] = e / (1 + e) - target; // σ(p) − y
        return Math.log(1 + e) - target * p;
      }
    }
  }
  const y = Math.round(target);
  switch (kind) {
    case "mse": {
      let sum = 0;
      for (let j = 0; j < k; j++) { const d = preds[j] - (j === y ? 1 : 0); sum += d * d; grad[j] = (2 * d) / k; }
      return sum / k;
    }
    case "max-margin": {
      let sum = 0;
      let wrong = 0;
      for (let j = 0; j < k; j++) {
        const m = j === y ? 0 : 1 + preds[j] - preds[y];
        grad[j] = m > 0 ? 1 : 0;
        if (m > 0) { sum += m; wrong++; }
      }
      if (y >= 0 && y < k) grad[y] = -wrong;
      return sum;
    }
    case "bce": {
      let sum = 0;
      for (let j = 0; j < k; j++) { const o = j === y ? 1 : 0; sum += bce(preds[j], o); grad[j] = bceGrad(preds[j], o) / k; }
      return sum / k;
    }
    case "nll": {
      for (let j = 0; j < k; j++) grad[j] = 0;
      const p = y >= 0 && y < k ? preds[y] : 0;
      if (y >= 0 && y < k) grad[y] = -1 / (p + EPS);
      return -Math.log(p + EPS);
    }
    case "softmax-ce": {
      let z = 0;
      for (let j = 0; j < k; j++) z += Math.exp(preds[j]);
      for (let j = 0; j < k; j++) grad[j] = Math.exp(preds[j]) / z - (j === y ? 1 : 0);
      return Math.log(z) - (y >= 0 && y < k ? preds[y] : 0);
    }
  }
}

/** The predicted class from the outputs, as @nudge/graph's `predictedClass`. */
export function predictedClass(kind: LossKind, preds: ArrayLike<number>): number {
  if (preds.length === 1) {
    const p = preds[0];
    return kind === "max-margin" || kind === "softmax-ce" ? (p > 0 ? 1 : 0) : p > 0.5 ? 1 : 0;
  }
  let best = 0;
  for (let j = 1; j < preds.length; j++) if (preds[j] > preds[best]) best = j;
  return best;
}
