/** Unary functions a neuron, an activation node or a scalar op node can apply. */
export type UnaryFn = "identity" | "tanh" | "relu" | "sigmoid" | "exp" | "log" | "neg";

/** Per-sample losses: prediction p, target y. */
export type LossKind = "mse" | "max-margin" | "bce" | "bce-logits" | "nll";

export const unaryFns: readonly UnaryFn[] = ["identity", "tanh", "relu", "sigmoid", "exp", "log", "neg"];
export const lossKinds: readonly LossKind[] = ["mse", "max-margin", "bce", "bce-logits", "nll"];

const aliases: Record<string, UnaryFn> = { linear: "identity", none: "identity", logistic: "sigmoid", ln: "log" };
const lossAliases: Record<string, LossKind> = {
  hinge: "max-margin", "max_margin": "max-margin", maxmargin: "max-margin", "binary-cross-entropy": "bce",
  "bce-with-logits": "bce-logits", "negative-log-likelihood": "nll", "mean-squared-error": "mse",
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

const EPS = 1e-7;
const clampP = (p: number) => Math.min(1 - EPS, Math.max(EPS, p));
/** Class labels {0, 1} as the ±1 a margin loss wants. */
const sign01 = (y: number) => (y > 0 ? 1 : -1);

/** Per-sample loss ℓ(p, y). */
export function lossValue(kind: LossKind, p: number, y: number): number {
  switch (kind) {
    case "mse": return (p - y) * (p - y);
    case "max-margin": return Math.max(0, 1 - sign01(y) * p);
    case "bce": { const q = clampP(p); return -(y * Math.log(q) + (1 - y) * Math.log(1 - q)); }
    case "bce-logits": return Math.max(p, 0) - p * y + Math.log1p(Math.exp(-Math.abs(p)));
    case "nll": return -Math.log(p);
  }
}

/** dℓ/dp. */
export function lossGrad(kind: LossKind, p: number, y: number): number {
  switch (kind) {
    case "mse": return 2 * (p - y);
    case "max-margin": return 1 - sign01(y) * p > 0 ? -sign01(y) : 0;
    case "bce": { const q = clampP(p); return (q - y) / (q * (1 - q)); }
    case "bce-logits": return 1 / (1 + Math.exp(-p)) - y;
    case "nll": return -1 / p;
  }
}

/** The class a prediction stands for (two-class tasks), to compare with a {0, 1} target. */
export function predictedClass(kind: LossKind, p: number): number {
  return kind === "bce" || kind === "mse" ? (p > 0.5 ? 1 : 0) : p > 0 ? 1 : 0;
}
