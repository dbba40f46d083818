import type { LossKind, UnaryFn } from "./ops.js";

/** What one doc node computes, per sample. */
export type PlanOp =
  | { op: "input"; feature: number }
  | { op: "const"; value: number }
  | { op: "param"; param: number }
  | { op: "neuron"; weights: number[]; bias: number; fn: UnaryFn }
  | { op: "unary"; fn: UnaryFn }
  | { op: "add" }
  | { op: "mul" }
  | { op: "sub" }
  | { op: "div" }
  | { op: "pow"; exponent: number }
  | { op: "output" }
  | { op: "loss"; kind: LossKind };

/** One scheduled node: its op and the indices (in plan order) of the nodes it reads. */
export type PlanNode = PlanOp & { id: string; inputs: number[] };

/** A document lowered to a topologically ordered list of per-sample ops over a parameter vector. */
export interface Plan {
  nodes: PlanNode[];
  /** Doc node or edge id of each parameter, and whether it is a weight (edge) or a node's value/bias. */
  paramOwners: { id: string; kind: "edge" | "node" }[];
  /** Initial value a document gives a parameter, or undefined (then it is drawn at random). */
  paramDefaults: (number | undefined)[];
  /** Index of the loss node, or -1 (expression graphs minimise their output). */
  loss: number;
  /** The loss on the prediction when there is data (a loss node's kind, or the training default). */
  lossKind?: LossKind;
  /** Output nodes by their `index` parameter (one per class for several outputs). */
  outputs: number[];
  /** The first output, or an expression's root (what grids and the op walk show). */
  prediction: number;
  /** Features the data must have (max input feature + 1). */
  features: number;
  /** Nodes grouped by distance from the inputs (neurons only), for per-layer statistics. */
  layers: number[][];
}

/** Indices of the nodes whose value reaches `root`. */
export function reaches(plan: Plan, root: number): boolean[] {
  const seen = new Array<boolean>(plan.nodes.length).fill(false);
  if (root < 0) return seen;
  seen[root] = true;
  for (let i = root; i >= 0; i--) {
    if (!seen[i]) continue;
    for (const j of plan.nodes[i].inputs) seen[j] = true;
  }
  return seen;
}
