import { errorMessages } from "./errors.js";
import type { LossName, SpecProblem, TaskName } from "./types.js";

const lossesByTask: Record<TaskName, readonly LossName[]> = {
  classification: ["crossEntropy", "binaryCrossEntropy", "hinge"],
  regression: ["mse", "poissonNll"],
  density: ["crossEntropy", "poissonNll"],
};

/** Problems with the last layer's shape for a loss and task (empty when they fit). */
export function checkOutput(loss: LossName, task: TaskName, out: readonly number[]): SpecProblem[] {
  if (!lossesByTask[task].includes(loss)) return [{ path: "loss", message: errorMessages.SPEC_LOSS_TASK(loss, task) }];
  const units = out.length === 1 ? out[0]! : -1;
  const fail = (want: string) => [{ path: "layers", message: errorMessages.SPEC_OUTPUT_UNITS(loss, want, out) }];
  if (loss === "crossEntropy" && units < 2) return fail("one score per class ([classes], at least 2)");
  if (loss === "mse" && units < 1) return fail("a vector per example ([outputs])");
  if (loss !== "crossEntropy" && loss !== "mse" && units !== 1) return fail("one value ([1])");
  return [];
}
