import { namesData } from "../schema/defaults.js";
import type { GraphDoc } from "../schema/types.js";
import { doc } from "./build.js";

/** makemore part 1 by counting: the shipped names as text and no layers; the model is the 27×27 count table. */
export function countingBigram(): GraphDoc {
  return doc("Bigram (counting)", "layers", [], [], namesData(), { loss: "nll" });
}

/**
 * Whether a document is a counting bigram: text data and nothing on the canvas. It has nothing to train (its model is
 * the table of counts), so the editor shows the count table, sampling and likelihoods instead of training.
 */
export function isCountingBigram(d: Pick<GraphDoc, "data" | "nodes">): boolean {
  return d.data.kind === "text" && d.nodes.length === 0;
}
