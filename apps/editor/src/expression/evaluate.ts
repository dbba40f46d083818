import type { Arith } from "@nudge/graph";
import { getKind } from "../doc/graph-api";
import type { GraphDoc } from "../doc/types";

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
const numbers: Arith<number> = {
  const: (x) => x, add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b, div: (a, b) => a / b,
  pow: (a, n) => Math.pow(a, n), neg: (a) => -a, exp: Math.exp, log: Math.log, tanh: Math.tanh,
  relu: (a) => (a < 0 ? 0 : a), sigmoid,
};

/** The final node of an expression: the one node with no outgoing wire. */
export function expressionRoot(doc: GraphDoc): string | undefined {
  const hasOut = new Set(doc.edges.map((e) => e.source));
  const roots = doc.nodes.filter((n) => !hasOut.has(n.id));
  return roots.length === 1 ? roots[0]!.id : undefined;
}

/**
 * Evaluates an expression document with plain numbers, each kind's own `scalar` rule,
 * adding `bump.h` to node `bump.id`'s output (for finite differences). Returns every node's value.
 */
export function evaluateExpression(doc: GraphDoc, bump?: { id: string; h: number }): Map<string, number> {
  const values = new Map<string, number>();
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = values.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) throw new Error(`The expression has a loop through node ${id}.`);
    visiting.add(id);
    const node = byId.get(id);
    const spec = node && getKind(node.kind)?.spec;
    if (!node || !spec) throw new Error(`Unknown node ${id}.`);
    const inputs: Record<string, number[]> = {};
    for (const e of doc.edges) if (e.target === id) (inputs[e.targetHandle] ??= []).push(visit(e.source));
    let v: number;
    if (spec.leaf === "parameter" || spec.leaf === "constant") v = typeof node.params.value === "number" ? node.params.value : 0;
    else if (spec.scalar) {
      const weights = doc.edges.filter((e) => e.target === id && e.targetHandle === spec.weightPort).map((e) => e.weight ?? 0);
      const own = spec.trainable && typeof node.params[spec.trainable] === "number" ? (node.params[spec.trainable] as number) : undefined;
      v = spec.scalar(numbers, { params: node.params, inputs, weights, own });
    } else throw new Error(`A ${spec.label} node cannot be part of an expression (node ${id}).`);
    if (bump?.id === id) v += bump.h;
    values.set(id, v);
    return v;
  };
  for (const n of doc.nodes) visit(n.id);
  return values;
}

/** d(root)/d(node) by central differences: an independent check on backprop. */
export function finiteDifference(doc: GraphDoc, nodeId: string, h = 1e-5): number {
  const root = expressionRoot(doc);
  if (!root) throw new Error("An expression needs exactly one final node (a node with no outgoing wire).");
  const up = evaluateExpression(doc, { id: nodeId, h }).get(root)!;
  const down = evaluateExpression(doc, { id: nodeId, h: -h }).get(root)!;
  return (up - down) / (2 * h);
}
