import { namesData } from "../schema/defaults.js";
import type { GraphDoc } from "../schema/types.js";
import { doc } from "./build.js";

/** makemore part 1 by counting: the shipped names as text and no layers; the model is the 27×27 count table. */
export function countingBigram(): GraphDoc {
  return doc("Bigram (counting)", "layers", [], [], namesData(), { loss: "nll" });
}
