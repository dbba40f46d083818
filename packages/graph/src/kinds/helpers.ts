import { activationNames } from "../schema/constants.js";
import type { ActivationName, ParamValue } from "../schema/types.js";
import type { Arith, EnumParamSpec, PortSpec, PortType, Shape, ShapeInput, ShapeResult } from "./types.js";

/** Applies a GLM link / activation by name. */
export function activate<T>(ops: Arith<T>, name: ActivationName, x: T): T {
  switch (name) {
    case "tanh":
      return ops.tanh(x);
    case "relu":
      return ops.relu(x);
    case "sigmoid":
      return ops.sigmoid(x);
    case "exp":
      return ops.exp(x);
    case "identity":
      return x;
  }
}

/** The activation parameter shared by neurons, layers and activation nodes. */
export function activationParam(fallback: ActivationName): EnumParamSpec {
  return { type: "enum", label: "Activation", default: fallback, options: activationNames };
}

export const valueIn = (name: string, label: string, multiple = false): PortSpec => ({
  name,
  label,
  type: "value",
  multiple,
});
export const valueOut: PortSpec = { name: "out", label: "out", type: "value" };

export const shapeText = (s: Shape): string => (s.length === 0 ? "scalar" : `[${s.join(", ")}]`);

/** Shape rule for nodes whose inputs must all be scalars and whose output is a scalar. */
export function scalarShape(input: ShapeInput): ShapeResult {
  for (const [port, shapes] of Object.entries(input.inputs)) {
    const bad = shapes.find((s) => s.length !== 0);
    if (bad) return { ok: false, port, message: `port "${port}" takes a scalar, got ${shapeText(bad)}` };
  }
  return { ok: true, outputs: { out: [] } };
}

/** Shape rule for element-wise nodes: output shape = input shape. */
export function sameShape(port: string, out = "out") {
  return (input: ShapeInput): ShapeResult => {
    const [s] = input.inputs[port] ?? [];
    return { ok: true, outputs: { [out]: s ?? [] } };
  };
}

export const num = (p: Record<string, ParamValue>, key: string, fallback: number): number =>
  typeof p[key] === "number" ? (p[key] as number) : fallback;

export const str = <S extends string>(p: Record<string, ParamValue>, key: string, fallback: S): S =>
  typeof p[key] === "string" ? (p[key] as S) : fallback;

/** What a learner calls each port type, for refusal messages. */
export const portTypeNames: Record<PortType, string> = {
  value: "number",
  prediction: "prediction (from an Output node)",
  loss: "loss",
};
