import { oneNeuronGlm, type GraphDoc } from "@nudge/graph";

/** "Poisson regression · log link" when the document is a one-neuron GLM and `nodeId` is its neuron. */
export function glmNameOf(doc: GraphDoc, nodeId: string): string | undefined {
  const read = oneNeuronGlm(doc);
  return read.ok && read.glm.neuronId === nodeId ? `${read.glm.glm.regression} · ${read.glm.glm.link} link` : undefined;
}
