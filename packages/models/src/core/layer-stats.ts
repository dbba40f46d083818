import type * as tf from "@tensorflow/tfjs";
import type { ForwardContext, RuntimeLayer } from "./layer.js";
import { sampleEvenly, saturation, summarize } from "./stats.js";
import type { LayerStats } from "./types.js";

/** Standard deviation (n − 1) of some values. */
export const stdOf = (values: ArrayLike<number>) => summarize(values, 1).std;

/** Histograms read at most this many values per tensor (a strided sample beyond; `LayerStats.sampled` says so). */
export const maxStatValues = 65536;

/** Turn a diagnostic step's records, gradients and update ratios into {@link LayerStats}; frees them. */
export function collectLayerStats(
  layers: readonly RuntimeLayer[],
  ctx: ForwardContext,
  grads: tf.NamedTensorMap,
  ratios: number[],
  /** Each param's std before the step's update, by variable name (default: read them now). */
  dataStds?: ReadonlyMap<string, number>,
): LayerStats[] {
  const params = layers.flatMap((l) => l.params);
  const stats = layers.map((layer): LayerStats => {
    const rec = ctx.record?.find((r) => r.name === layer.name);
    const out: LayerStats = { name: layer.name, weights: [] };
    if (rec) {
      const all = rec.output.dataSync() as Float32Array;
      const values = sampleEvenly(all, maxStatValues);
      if (values !== all) out.sampled = { used: values.length, of: all.length };
      const tanh = rec.activation === "tanh";
      out.activation = {
        ...summarize(values, 40, tanh ? [-1, 1] : undefined),
        ...(tanh ? { saturation: saturation(values) } : {}),
      };
      if (rec.grad) out.gradient = summarize(sampleEvenly(rec.grad.dataSync() as Float32Array, maxStatValues));
    }
    for (const p of layer.params) {
      const g = grads[p.name];
      out.weights.push({
        name: p.name.replace(/^nudge\/\d+\//, ""),
        std: dataStds?.get(p.name) ?? stdOf(p.dataSync()),
        gradStd: g ? stdOf(g.dataSync()) : 0,
        updateToData: ratios[params.indexOf(p)] ?? -Infinity,
      });
    }
    return out;
  });
  for (const rec of ctx.record ?? []) {
    rec.output.dispose();
    rec.grad?.dispose();
  }
  for (const g of Object.values(grads)) g.dispose();
  return stats;
}
