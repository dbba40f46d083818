import { num, scalarShape, valueIn, valueOut } from "./helpers.js";
import type { Arith, NodeKindSpec, ScalarArgs } from "./types.js";

type Binary = "add" | "sub" | "mul" | "div";
type Unary = "neg" | "exp" | "log" | "tanh" | "relu" | "sigmoid";

function binary(kind: Binary, label: string, symbol: string, glyph: string, explain: string): NodeKindSpec {
  return {
    kind,
    label,
    category: "scalar ops",
    explain,
    formula: `a ${symbol} b`,
    display: { view: "op", symbol: glyph },
    modes: ["expression", "neurons"],
    ports: { inputs: [valueIn("a", "a"), valueIn("b", "b")], outputs: [valueOut] },
    params: {},
    shape: scalarShape,
    scalar: <T>(ops: Arith<T>, { inputs }: ScalarArgs<T>) => ops[kind](inputs.a![0]!, inputs.b![0]!),
  };
}

function unary(kind: Unary, label: string, formula: string, glyph: string, explain: string): NodeKindSpec {
  return {
    kind,
    label,
    category: "scalar ops",
    explain,
    formula,
    display: { view: "op", symbol: glyph },
    modes: ["expression", "neurons"],
    ports: { inputs: [valueIn("x", "x")], outputs: [valueOut] },
    params: {},
    shape: scalarShape,
    scalar: <T>(ops: Arith<T>, { inputs }: ScalarArgs<T>) => ops[kind](inputs.x![0]!),
  };
}

/** The scalar operations of micrograd's Value, one node each. */
export const scalarOpKinds: readonly NodeKindSpec[] = [
  binary("add", "Add", "+", "+", "Adds two numbers; the gradient flows unchanged to both."),
  binary("sub", "Subtract", "−", "-", "a − b; the gradient flows to a and, negated, to b."),
  binary(
    "mul",
    "Multiply",
    "·",
    "*",
    "a · b; each side's gradient is the other side's value times the output gradient.",
  ),
  binary("div", "Divide", "/", "/", "a / b = a · b⁻¹."),
  {
    kind: "pow",
    label: "Power",
    category: "scalar ops",
    explain: "x to a fixed power n; the gradient is n·xⁿ⁻¹ times the output gradient.",
    formula: "xⁿ",
    display: { view: "op", symbol: (p) => `**${num(p, "exponent", 2)}` },
    modes: ["expression", "neurons"],
    ports: { inputs: [valueIn("x", "x")], outputs: [valueOut] },
    params: { exponent: { type: "number", label: "Exponent n", default: 2, min: -10, max: 10, step: 1 } },
    shape: scalarShape,
    scalar: (ops, { inputs, params }) => ops.pow(inputs.x![0]!, num(params, "exponent", 2)),
  },
  unary("neg", "Negate", "−x", "neg", "Flips the sign."),
  unary("exp", "Exp", "eˣ", "exp", "e to the x; its derivative is itself."),
  unary("log", "Log", "ln x", "log", "Natural logarithm (x must be positive); derivative 1/x."),
  unary("tanh", "tanh", "tanh x", "tanh", "Squashes to (−1, 1); derivative 1 − tanh²."),
  unary("relu", "ReLU", "max(0, x)", "relu", "Keeps positive values, zeroes the rest; gradient 1 or 0."),
  unary("sigmoid", "Sigmoid", "1 / (1 + e⁻ˣ)", "σ", "Squashes to (0, 1); derivative σ(1 − σ)."),
];
