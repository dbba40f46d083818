import { oneNeuronGlm } from "@nudge/graph";
import { fitGlmIrls, glmStatistics } from "@nudge/models/glm";
import type { GlmComparison, GlmResult } from "../../protocol.js";
import type { Loaded } from "./tape-state.js";

/** Agreement the comparison reports: the course's "after training to convergence they agree within 1e-3". */
export const glmTolerance = 1e-3;

/** The neuron's coefficients beside the IRLS fit on the same training rows, as plain data. */
export function compareWithGlm(s: Loaded): GlmResult {
  const read = oneNeuronGlm(s.doc);
  if (!read.ok) return read;
  const { glm, inputs, neuronId } = read.glm;
  const dataset = s.data.dataset;
  if (!dataset) return { ok: false, reason: "the graph has no data" };
  const rows = Array.from(s.data.train);
  const features = rows.flatMap((r) => inputs.map((i) => dataset.features[r * s.data.dim + i.feature]!));
  const data = { features, targets: rows.map((r) => dataset.targets[r]!) };
  const param = (id: string, what: "edge" | "node") => s.graph.params[s.graph.paramIndex(id, what)]!;
  const neuron = { intercept: param(neuronId, "node"), weights: inputs.map((i) => param(i.edgeId, "edge")) };
  try {
    const fit = fitGlmIrls(glm.family, data);
    const stats = glmStatistics(glm.family, data, neuron);
    const maxDifference = Math.max(
      Math.abs(neuron.intercept - fit.intercept),
      ...neuron.weights.map((w, k) => Math.abs(w - fit.weights[k]!)),
    );
    const comparison: GlmComparison = {
      family: glm.family,
      regression: glm.regression,
      link: glm.link,
      features: inputs.map((i) => dataset.featureNames[i.feature] ?? `x${i.feature + 1}`),
      rows: rows.length,
      step: s.step,
      neuron: { ...neuron, deviance: stats.deviance, logLikelihood: stats.logLikelihood },
      glm: {
        intercept: fit.intercept,
        weights: fit.weights,
        deviance: fit.deviance,
        logLikelihood: fit.logLikelihood,
        standardErrors: fit.standardErrors,
        iterations: fit.iterations,
      },
      maxDifference,
      tolerance: glmTolerance,
      agrees: maxDifference <= glmTolerance,
    };
    return { ok: true, comparison };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
