import { saturationThreshold, type LayerStats as ModelLayerStats, type SpecModel } from "@nudge/models";

type LayerSpec = SpecModel["spec"]["layers"][number];
import type { Diagnostics, HistogramData, LayerDiagnostics } from "../../protocol.js";

/** Points of update:data history kept per kernel; beyond, every other point is dropped (the curve keeps its span). */
const maxPoints = 400;

/** The update:data ratios of a layer session's kernels over time, recorded on each statistics step. */
export interface UpdateHistory {
  steps: number[];
  ratios: number[][];
}

export const emptyHistory = (): UpdateHistory => ({ steps: [], ratios: [] });

const isKernel = (w: ModelLayerStats["weights"][number]) => /\.kernel$/.test(w.name);

/** Adds one statistics step's log10 update:data ratio of every kernel. */
export function recordUpdates(history: UpdateHistory, step: number, stats: readonly ModelLayerStats[]): void {
  const ratios = stats.flatMap((l) => l.weights.filter(isKernel).map((w) => w.updateToData));
  if (history.steps.length >= maxPoints) {
    history.steps = history.steps.filter((_, i) => i % 2 === 1);
    history.ratios = history.ratios.map((r) => r.filter((_, i) => i % 2 === 1));
  }
  history.steps.push(step);
  ratios.forEach((r, i) => (history.ratios[i] ??= []).push(Number.isFinite(r) ? r : Number.NaN));
}

const hist = (s: NonNullable<ModelLayerStats["gradient"]>): HistogramData & { mean: number; std: number } => ({
  min: s.histogram.min,
  max: s.histogram.max,
  counts: Float32Array.from(s.histogram.counts),
  mean: s.mean,
  std: s.std,
});

/**
 * A snapshot's diagnostics: per layer (by node) the activation and gradient histograms, saturation and
 * kernel gradient:data ratio of the last statistics step, and the update:data history. Fresh typed arrays
 * each time: the snapshot transfers them.
 */
export function diagnosticsOf(
  stats: readonly ModelLayerStats[],
  specLayers: readonly LayerSpec[],
  nodeIds: readonly string[],
  step: number,
  history: UpdateHistory,
  saturationThreshold: number,
): Diagnostics {
  const layers = stats.flatMap((l, i): LayerDiagnostics[] => {
    if (!l.activation) return [];
    const kernel = l.weights.find(isKernel);
    const spec = specLayers[i];
    const activation = spec && "activation" in spec ? spec.activation : undefined;
    return [
      {
        nodeId: nodeIds[i] ?? l.name,
        type: spec?.type ?? "layer",
        ...(activation ? { activation } : {}),
        ...(l.activation.saturation !== undefined ? { saturated: l.activation.saturation } : {}),
        activations: hist(l.activation),
        ...(l.gradient ? { gradients: hist(l.gradient) } : {}),
        ...(kernel && kernel.std > 0 ? { gradToData: kernel.gradStd / kernel.std } : {}),
        ...(l.sampled ? { sampled: l.sampled } : {}),
      },
    ];
  });
  const kernelNodes = stats.flatMap((l, i) => (l.weights.some(isKernel) ? [nodeIds[i] ?? l.name] : []));
  const points = history.steps.length;
  const ratios = new Float32Array(kernelNodes.length * points);
  history.ratios.forEach((r, i) => ratios.set(r, i * points));
  return {
    step,
    saturationThreshold,
    layers,
    updates: { nodeIds: kernelNodes, steps: Float32Array.from(history.steps), ratios },
  };
}

/** A layer session's diagnostics for its snapshot, once a statistics step has run (any layer graph, toy data or text). */
export function diagnosticsPart(s: {
  stats: readonly ModelLayerStats[] | undefined;
  model: SpecModel;
  layerNodeIds: readonly string[];
  statsStep: number;
  updates: UpdateHistory;
}): { diagnostics?: Diagnostics } {
  if (!s.stats) return {};
  const { stats, model, layerNodeIds, statsStep, updates } = s;
  return {
    diagnostics: diagnosticsOf(stats, model.spec.layers, layerNodeIds, statsStep, updates, saturationThreshold),
  };
}
