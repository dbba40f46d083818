import { createRng } from "@nudge/datasets";
import type { Plan } from "./plan.js";

/**
 * The starting weight of a wire that has none: uniform(−1, 1) (micrograd's init) drawn from
 * `training.seed` and the edge id, so it does not change when other wires are added or removed.
 * @example
 * const weight = initialWeight(doc.training.seed, edge.id); // write it into the new edge
 */
export function initialWeight(seed: number, edgeId: string): number {
  return createRng(`${seed}:${edgeId}`).uniform(-1, 1);
}

/** Every param's starting value: the document's number, else `initialWeight` for wires. */
export function initialParams(plan: Plan, seed: number): Float64Array {
  return Float64Array.from(plan.initial, (v, p) => v ?? initialWeight(seed, plan.owners[p]!.id));
}
