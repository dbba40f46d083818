import { indexGraph, inputsOn } from "../graph-index.js";
import type { ActivationName, GraphDoc, LossName } from "../schema/types.js";

/** The response distribution of a generalised linear model, as statsmodels and `@nudge/models` name it. */
export type GlmFamily = "gaussian" | "binomial" | "poisson";

/** What an activation is as a GLM: its family, the regression it makes, the link it inverts and the losses that match. */
export interface GlmLink {
  family: GlmFamily;
  regression: string;
  /** The GLM's link g with μ = g⁻¹(w·x + b): the activation is g⁻¹. */
  link: "identity" | "logit" | "log";
  losses: readonly LossName[];
}

/** The activations that are GLM inverse links, by activation name (tanh and relu are not). */
export const glmLinks: Readonly<Partial<Record<ActivationName, GlmLink>>> = {
  identity: { family: "gaussian", regression: "linear regression", link: "identity", losses: ["mse"] },
  sigmoid: { family: "binomial", regression: "logistic regression", link: "logit", losses: ["bce", "nll"] },
  exp: { family: "poisson", regression: "Poisson regression", link: "log", losses: ["poisson-nll"] },
};

/** One sentence for the inspector: why a neuron is a GLM. */
export const glmEquivalence =
  "One neuron act(w·x + b) trained with its matching loss is a generalised linear model: the bias is the intercept, the weights are the slopes, and the activation is the inverse of the GLM's link.";

/** A one-neuron document read as a GLM: the neuron, its link, and its weights in feature order. */
export interface OneNeuronGlm {
  neuronId: string;
  activation: ActivationName;
  glm: GlmLink;
  /** One per wire into the neuron, sorted by feature index. */
  inputs: { feature: number; edgeId: string }[];
  l2: number;
}

/**
 * Reads a document as a GLM when it is one neuron fed straight by Input nodes, with a GLM link and
 * its matching loss; otherwise says why not.
 * @example
 * const read = oneNeuronGlm(createTemplate("poisson-regression")); // read.ok && read.glm.glm.family === "poisson"
 */
export function oneNeuronGlm(doc: GraphDoc): { ok: true; glm: OneNeuronGlm } | { ok: false; reason: string } {
  const neurons = doc.nodes.filter((n) => n.kind === "neuron");
  if (doc.mode !== "neurons" || neurons.length !== 1) return { ok: false, reason: "the graph is not a single neuron" };
  const neuron = neurons[0]!;
  const activation = (
    typeof neuron.params.activation === "string" ? neuron.params.activation : "tanh"
  ) as ActivationName;
  const glm = glmLinks[activation];
  if (!glm)
    return {
      ok: false,
      reason: `the ${activation} activation is not the inverse of a GLM link (use identity, sigmoid or exp)`,
    };
  const lossNode = doc.nodes.find((n) => n.kind === "loss");
  const loss = (typeof lossNode?.params.fn === "string" ? lossNode.params.fn : doc.training.loss) as LossName;
  if (!glm.losses.includes(loss))
    return { ok: false, reason: `${glm.regression} needs the ${glm.losses.join(" or ")} loss, not ${loss}` };
  if (doc.data.kind !== "toy") return { ok: false, reason: "the graph has no data" };
  const index = indexGraph(doc);
  const inputs: OneNeuronGlm["inputs"] = [];
  for (const edge of inputsOn(index, neuron.id, "in")) {
    const source = index.nodes.get(edge.source);
    if (source?.kind !== "input")
      return { ok: false, reason: "every wire into the neuron must come from an Input node" };
    inputs.push({ feature: typeof source.params.feature === "number" ? source.params.feature : 0, edgeId: edge.id });
  }
  if (new Set(inputs.map((i) => i.feature)).size !== inputs.length)
    return { ok: false, reason: "two wires carry the same feature" };
  inputs.sort((a, b) => a.feature - b.feature);
  return { ok: true, glm: { neuronId: neuron.id, activation, glm, inputs, l2: doc.training.l2 } };
}
