import { classCount } from "./graph-index.js";
import type { GraphDoc } from "./schema/types.js";
import { effectiveLoss } from "./validate/roles.js";

/** What a first loss should be near, and why: the loss of a model that knows nothing yet. */
export interface UniformGuess {
  /** e.g. 3.2958 for 27 classes under cross-entropy. */
  loss: number;
  /** e.g. `"−ln(1/27)"`. */
  formula: string;
}

/**
 * The loss of a uniform guess over the document's classes (all outputs 0): −ln(1/K) under softmax
 * cross-entropy or NLL, ln 2 under BCE, 1 under max-margin; undefined for regression. A good init
 * starts near it; a first loss far above it is the "hockey stick" of makemore part 3.
 *
 * @example
 * uniformGuessLoss(createTemplate("spiral"))?.formula; // "−ln(1/3)"
 */
export function uniformGuessLoss(doc: GraphDoc): UniformGuess | undefined {
  const k = classCount(doc.data);
  if (k < 2) return undefined;
  const { name } = effectiveLoss(doc);
  if (name === "softmax-ce" || name === "nll") return { loss: Math.log(k), formula: `−ln(1/${k})` };
  if (name === "bce") return { loss: Math.LN2, formula: "−ln(1/2)" };
  if (name === "max-margin") return { loss: 1, formula: "max(0, 1 − y·0)" };
  return undefined;
}
