import { activationKind } from "./activation.js";
import { constantKind, featuresKind, inputKind, parameterKind } from "./inputs.js";
import { batchNormKind } from "./batchnorm.js";
import { denseKind } from "./layers.js";
import { neuronKind } from "./neurons.js";
import { lossKind, outputKind } from "./outputs.js";
import { scalarOpKinds } from "./scalar-ops.js";
import { charactersKind, embeddingKind, flattenKind, oneHotKind } from "./text.js";
import type { ParamValue } from "../schema/types.js";
import type { NodeKindSpec } from "./types.js";

const all: readonly NodeKindSpec[] = [
  inputKind,
  featuresKind,
  charactersKind,
  constantKind,
  parameterKind,
  neuronKind,
  oneHotKind,
  embeddingKind,
  flattenKind,
  denseKind,
  batchNormKind,
  activationKind,
  ...scalarOpKinds,
  outputKind,
  lossKind,
];

/** Every node kind, keyed by `kind`: the editor's palette and inspector read this. */
export const nodeKinds: Readonly<Record<string, NodeKindSpec>> = Object.freeze(
  Object.fromEntries(all.map((k) => [k.kind, k])),
);

/** The declaration of a node kind, or undefined for an unknown kind. */
export function getKind(kind: string): NodeKindSpec | undefined {
  return Object.prototype.hasOwnProperty.call(nodeKinds, kind) ? nodeKinds[kind] : undefined;
}

/** Default parameters of a kind, for a node just dropped from the palette. */
export function defaultParams(kind: string): Record<string, number | string | boolean> {
  const spec = getKind(kind);
  if (!spec) return {};
  return Object.fromEntries(Object.entries(spec.params).map(([k, p]) => [k, p.default]));
}

/** The glyph a node shows on its face (`"+"`, `"**2"`, `"tanh"`), from its kind's display facts and its params; "" if none. */
export function kindSymbol(node: { kind: string; params: Record<string, ParamValue> }): string {
  const symbol = getKind(node.kind)?.display.symbol;
  return typeof symbol === "function" ? symbol({ ...defaultParams(node.kind), ...node.params }) : (symbol ?? "");
}
