import { textVocab } from "@nudge/datasets";
import type { GraphDoc } from "../schema/types.js";

/**
 * A neural bigram's weight matrix W (vocab × vocab, row = previous character) from a run's parameters, or
 * `undefined` when the document is not one: text data, one character of context, and exactly vocab² parameters,
 * so the parameters are one logit per (previous, next) pair, as one-hot → Dense without bias has.
 *
 * @example
 * const w = bigramWeights(doc, snapshot.params); // exp-normalise its rows to compare with the count table
 */
export function bigramWeights(
  doc: Pick<GraphDoc, "data" | "nodes">,
  params: ArrayLike<number>,
): { size: number; weights: ArrayLike<number> } | undefined {
  if (doc.data.kind !== "text" || doc.nodes.length === 0) return undefined;
  if (doc.nodes.some((node) => node.params.context !== undefined && node.params.context !== 1)) return undefined;
  let size: number;
  try {
    size = textVocab(doc.data).size;
  } catch {
    return undefined;
  }
  return params.length === size * size ? { size, weights: params } : undefined;
}
