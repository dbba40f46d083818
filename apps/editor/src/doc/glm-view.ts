import { oneNeuronGlm, type GraphDoc } from "@nudge/graph";

// Every neuron on the canvas asks on each document change: read the document once per version.
let read: { doc: GraphDoc; glm: ReturnType<typeof oneNeuronGlm> } | undefined;

/** "Poisson regression · log link" when the document is a one-neuron GLM and `nodeId` is its neuron. */
export function glmNameOf(doc: GraphDoc, nodeId: string): string | undefined {
  if (read?.doc !== doc) read = { doc, glm: oneNeuronGlm(doc) };
  const { glm } = read;
  return glm.ok && glm.glm.neuronId === nodeId ? `${glm.glm.glm.regression} · ${glm.glm.glm.link} link` : undefined;
}
