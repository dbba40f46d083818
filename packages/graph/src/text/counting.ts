import type { GraphDoc } from "../schema/types.js";

/**
 * Whether a document is a counting bigram: text data and nothing on the canvas. It has nothing to train (its model is
 * the table of counts), so the editor shows the count table, sampling and likelihoods instead of training.
 */
export function isCountingBigram(d: Pick<GraphDoc, "data" | "nodes">): boolean {
  return d.data.kind === "text" && d.nodes.length === 0;
}
