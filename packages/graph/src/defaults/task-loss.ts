import { classCount } from "../graph-index.js";
import { toyInfo } from "../schema/constants.js";
import type { ActivationName, DataChoice, GraphDoc, LossName } from "../schema/types.js";
import { effectiveLoss, outputNodes } from "../validate/roles.js";

/** Losses that read each target as a class label (0/1, ±1 or a class index), not as a real number. */
export const classLosses: ReadonlySet<LossName> = new Set(["max-margin", "bce", "softmax-ce", "nll"]);

const taskOf = (data: DataChoice) => (data.kind === "toy" ? toyInfo[data.name].task : undefined);

/**
 * The loss a document starts with for its data: MSE for regression, max-margin for two classes read
 * by one output, softmax cross-entropy for several outputs (one per class); undefined without a task.
 * @example
 * taskLoss(toyData("sine"), 1); // "mse"
 */
export function taskLoss(data: DataChoice, outputs: number): LossName | undefined {
  const task = taskOf(data);
  if (task === "regression") return "mse";
  if (task !== "classification") return undefined;
  return outputs > 1 || classCount(data) > 2 ? "softmax-ce" : "max-margin";
}

/**
 * The activation (link) of a neuron that feeds an Output, as the loss reads it: identity for MSE,
 * max-margin and softmax cross-entropy (softmax sits in the loss, which reads logits), sigmoid for
 * BCE and NLL (they read a probability), exp for the Poisson NLL (it reads a positive rate).
 */
export function outputActivation(loss: LossName): ActivationName {
  if (loss === "bce" || loss === "nll") return "sigmoid";
  if (loss === "poisson-nll") return "exp";
  return "identity";
}

/** Whether `loss` can train on `data`: regression needs a loss on real numbers (class losses refuse it). */
export function lossSuits(loss: LossName, data: DataChoice): boolean {
  return taskOf(data) !== "regression" || !classLosses.has(loss);
}

/**
 * The document on new data, with the loss following the task: when the task changes (moons → sine)
 * or the loss no longer suits the data, the loss becomes `taskLoss` (in `training.loss` and in a Loss
 * node), and neurons wired into an Output that still had the old loss's default link get the new one's.
 * @example
 * const next = withData(doc, toyData("sine")); // next.training.loss === "mse"
 */
export function withData(doc: GraphDoc, data: DataChoice): GraphDoc {
  const next = { ...doc, data };
  const old = effectiveLoss(doc).name;
  const sameTask = taskOf(doc.data) === taskOf(data);
  const wanted = taskLoss(data, outputNodes(doc).length);
  if (!wanted || (sameTask && lossSuits(old, data)) || wanted === old) return next;
  const feeding = new Set(
    doc.edges.filter((e) => doc.nodes.some((n) => n.id === e.target && n.kind === "output")).map((e) => e.source),
  );
  const link = outputActivation(old);
  return {
    ...next,
    training: { ...doc.training, loss: wanted },
    nodes: doc.nodes.map((n) => {
      if (n.kind === "loss") return { ...n, params: { ...n.params, fn: wanted } };
      if (feeding.has(n.id) && n.kind === "neuron" && (n.params.activation ?? "tanh") === link)
        return { ...n, params: { ...n.params, activation: outputActivation(wanted) } };
      return n;
    }),
  };
}
