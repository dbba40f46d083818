import { initialParams } from "../compile/init.js";
import { buildPlan } from "../compile/plan.js";
import { layout } from "../templates/build.js";
import type { Problem } from "../problems.js";
import type { DocEdge, DocNode, GraphDoc, TrainedState } from "../schema/types.js";

/** What a zoom transform gives: the new document, or why it cannot (located problems). */
export type ZoomResult = { ok: true; doc: GraphDoc } | { ok: false; problems: Problem[] };

/** True when the document's kept run fits its compiled parameters (same count, all finite). */
export function trainedFits(trained: TrainedState | undefined, count: number): trained is TrainedState {
  return trained !== undefined && trained.params.length === count && trained.params.every(Number.isFinite);
}

/**
 * The trainable numbers of a neuron or expression document by owner id (edge id for a weight, node id
 * for a bias or a Parameter's value): its starting values, and its current ones (the kept run, if it fits).
 */
export function tapeValues(doc: GraphDoc): { start: Map<string, number>; current: Map<string, number> } {
  const plan = buildPlan(doc);
  const start = initialParams(plan, doc.training.seed);
  const current = trainedFits(doc.trained, start.length) ? doc.trained.params : Array.from(start);
  return {
    start: new Map(plan.owners.map((o, p) => [o.id, start[p]!])),
    current: new Map(plan.owners.map((o, p) => [o.id, current[p]!])),
  };
}

/**
 * The kept run of `doc` (a neuron or expression document) with its parameters read by owner id from
 * `current`, in `doc`'s compile order; `base` keeps its step, loss and accuracies.
 */
export function trainedFor(doc: GraphDoc, base: TrainedState, current: (ownerId: string) => number): TrainedState {
  return { ...base, params: buildPlan(doc).owners.map((o) => current(o.id)) };
}

/** `nodes` laid out in columns (templates' `layout`), moved so the top left corner stays where `anchor`'s was. */
export function placed(nodes: DocNode[], edges: DocEdge[], anchor: readonly DocNode[], dx = 200, dy = 80): DocNode[] {
  const laid = layout(nodes, edges, dx, dy);
  const corner = (list: readonly DocNode[]) => ({
    x: Math.min(...list.map((n) => n.position.x)),
    y: Math.min(...list.map((n) => n.position.y)),
  });
  const from = corner(laid);
  const to = anchor.length > 0 ? corner(anchor) : from;
  return laid.map((n) => ({ ...n, position: { x: n.position.x - from.x + to.x, y: n.position.y - from.y + to.y } }));
}

/** The first id used twice, if any. */
export function repeatedId(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}
