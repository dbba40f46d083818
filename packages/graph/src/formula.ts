import { indexGraph, inputsOn } from "./graph-index.js";
import { defaultParams, getKind } from "./kinds/registry.js";
import type { Arith } from "./kinds/types.js";
import { fail } from "./problems.js";
import { readParts } from "./schema/parse.js";
import type { GraphDoc } from "./schema/types.js";

/** A number for display: 4 significant digits, a real minus sign. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return String(Number(x.toPrecision(4))).replace("-", "−");
}

const wrap = (s: string) => (/[ ]/.test(s) || s.startsWith("−") ? `(${s})` : s);

const display: Arith<string> = {
  const: (x) => formatNumber(x),
  add: (a, b) => `${a} + ${b}`,
  sub: (a, b) => `${a} − ${wrap(b)}`,
  mul: (a, b) => `${wrap(a)}·${wrap(b)}`,
  div: (a, b) => `${wrap(a)} / ${wrap(b)}`,
  pow: (a, n) => `${wrap(a)}^${formatNumber(n)}`,
  neg: (a) => `−${wrap(a)}`,
  exp: (a) => `exp(${a})`,
  log: (a) => `ln(${a})`,
  tanh: (a) => `tanh(${a})`,
  relu: (a) => `relu(${a})`,
  sigmoid: (a) => `σ(${a})`,
};

/**
 * A node's formula with the current numbers plugged in, for hover cards:
 * `tanh(6.881 + (−3)·2 + 1·0) = 0.7071`. `valueOf` gives a node's value (e.g. from a snapshot); anything
 * but a number counts as unknown. Throws a `GraphError` (code `not-a-graph-doc`) when `doc` is not a GraphDoc.
 * @example
 * formulaWithValues(doc, "o", (id) => snapshot.nodes[id]?.value ?? undefined);
 */
export function formulaWithValues(
  input: GraphDoc,
  nodeId: string,
  valueOf: (nodeId: string) => number | null | undefined,
): string | undefined {
  const doc = readParts("formulaWithValues", input);
  if (typeof valueOf !== "function")
    fail("not-a-graph-doc", "formulaWithValues", "valueOf must be a function (nodeId) => number | undefined");
  const index = indexGraph(doc);
  const node = index.nodes.get(nodeId);
  const spec = node && getKind(node.kind);
  if (!node || !spec) return undefined;
  const own = valueOf(nodeId);
  const result = typeof own === "number" ? ` = ${formatNumber(own)}` : "";
  if (spec.leaf || !spec.scalar) return `${node.label ?? spec.formula}${result}`;
  const shown = (id: string) => {
    const v = valueOf(id);
    return typeof v === "number" ? formatNumber(v) : (index.nodes.get(id)?.label ?? id);
  };
  const params = { ...defaultParams(node.kind), ...node.params };
  const inputs: Record<string, string[]> = {};
  for (const port of spec.ports.inputs) {
    const wired = inputsOn(index, nodeId, port.name).map((e) => shown(e.source));
    // An unwired port reads as its name, so a lone Power still shows its exponent: x^3.
    inputs[port.name] = wired.length > 0 || port.multiple ? wired : [port.name];
  }
  const weights = spec.weightPort
    ? inputsOn(index, nodeId, spec.weightPort).map((e) => (e.weight === undefined ? "w" : formatNumber(e.weight)))
    : [];
  const trainable = spec.trainable ? params[spec.trainable] : undefined;
  const args = { params, inputs, weights, ...(typeof trainable === "number" ? { own: formatNumber(trainable) } : {}) };
  try {
    return `${spec.scalar(display, args)}${result}`;
  } catch {
    return `${spec.formula}${result}`;
  }
}

/**
 * What a wire carries, with the current numbers: a weighted wire `w·x1 = 2.5·(−0.3) = −0.75`,
 * any other `x1 = 0.3`. `weight` overrides the document's (e.g. a trained weight).
 * @example
 * wireFormulaWithValues(doc, "x1-h1-in", (id) => snapshot.nodes[id]?.value, snapshot.edges["x1-h1-in"]?.weight);
 */
export function wireFormulaWithValues(
  input: GraphDoc,
  edgeId: string,
  valueOf: (nodeId: string) => number | null | undefined,
  weight?: number,
): string | undefined {
  const doc = readParts("wireFormulaWithValues", input);
  if (typeof valueOf !== "function")
    fail("not-a-graph-doc", "wireFormulaWithValues", "valueOf must be a function (nodeId) => number | undefined");
  const edge = doc.edges.find((e) => e.id === edgeId);
  if (!edge) return undefined;
  const name = indexGraph(doc).nodes.get(edge.source)?.label ?? edge.source;
  const value = valueOf(edge.source);
  const x = typeof value === "number" ? value : undefined;
  const w = typeof weight === "number" ? weight : edge.weight;
  if (w === undefined) return x === undefined ? name : `${name} = ${formatNumber(x)}`;
  const symbolic = display.mul("w", name);
  if (x === undefined) return `${symbolic} = ${display.mul(display.const(w), name)}`;
  return `${symbolic} = ${display.mul(display.const(w), display.const(x))} = ${formatNumber(w * x)}`;
}
