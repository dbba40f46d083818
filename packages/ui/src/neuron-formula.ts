import { formatSigned } from "./format.js";

/** One weighted input of a neuron. */
export interface NeuronTerm {
  /** Input name, e.g. `"x1"`. */
  input: string;
  inputValue: number;
  /** Weight name, e.g. `"w1"`. */
  weight: string;
  weightValue: number;
}

/** A formula both in symbols and with the numbers plugged in. */
export interface Formula {
  symbolic: string;
  plugged: string;
  /** The computed result; `undefined` when the activation is unknown or a number is not finite. */
  result: number | undefined;
}

const activations: Record<string, (x: number) => number> = {
  tanh: Math.tanh,
  relu: (x) => Math.max(0, x),
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  linear: (x) => x,
  identity: (x) => x,
};

const paren = (x: number, digits: number) => `(${formatSigned(x, digits)})`;

/**
 * The formula of a neuron `act(Σ wᵢ·xᵢ + b)`, in symbols and with the numbers plugged in.
 * @example neuronFormula([{ input: "x1", inputValue: 2, weight: "w1", weightValue: -3 }], 6.88, "tanh").symbolic // "tanh(w1·x1 + b)"
 */
export function neuronFormula(terms: readonly NeuronTerm[], bias: number, activation: string, digits = 4): Formula {
  const sym = [...terms.map((t) => `${t.weight}·${t.input}`), "b"].join(" + ");
  const num = [...terms.map((t) => `${paren(t.weightValue, digits)}·${paren(t.inputValue, digits)}`), paren(bias, digits)].join(" + ");
  const f = Object.hasOwn(activations, activation) ? activations[activation] : undefined;
  const wrap = (s: string) => (activation === "linear" || activation === "identity" ? s : `${activation}(${s})`);
  const sum = terms.reduce((s, t) => s + t.weightValue * t.inputValue, bias);
  const result = f !== undefined && Number.isFinite(sum) ? f(sum) : undefined;
  return { symbolic: wrap(sym), plugged: wrap(num), result };
}

/**
 * The formula of one weighted edge, `w·x`, with the numbers plugged in.
 * @example edgeFormula("w1", -0.84, "x1", 0.5).plugged // "(−0.8400)·(+0.5000)"
 */
export function edgeFormula(weight: string, weightValue: number, input: string, inputValue: number, digits = 4): Formula {
  const product = weightValue * inputValue;
  return {
    symbolic: `${weight}·${input}`,
    plugged: `${paren(weightValue, digits)}·${paren(inputValue, digits)}`,
    result: Number.isFinite(product) ? product : undefined,
  };
}
