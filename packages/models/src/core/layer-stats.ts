import type * as tf from "@tensorflow/tfjs";
import type { ForwardContext, RuntimeLayer } from "./layer.js";
import { saturation, summarize } from "./stats.js";
import type { LayerStats } from "./types.js";

const stdOf = (values: ArrayLike<number>) => summarize(values, 1).std;

/** Turn a diagnostic step's records, gradients and update ratios into {@link LayerStats}; frees them. */
export function collectLayerStats(
  layers: readonly RuntimeLayer[],
  ctx: ForwardContext,
  grads: tf.NamedTensorMap,
  ratios: number[],
): LayerStats[] {
  const params = layers.flatMap((l) => l.params);
  const stats = layers.map((layer): LayerStats => {
    const rec = ctx.record?.find((r) => r.name === layer.name);
    const out: LayerStats = { name: layer.name, weights: [] };
    if (rec) {
      const values = rec.output.dataSync();
      const tanh = rec.activation === "tanh";
      out.activation = {
        ...summarize(values, 40, tanh ? [-1, 1] : undefined),
        ...(tanh ? { saturation: saturation(values) } : {}),
      };
      if (rec.grad) out.gradient = summarize(rec.grad.dataSync());
    }
    for (const p of layer.params) {
      const g = grads[p.name];
      out.weights.push({
        name: p.name.replace(/^nudge\/\d+\//, ""),
        std: stdOf(p.dataSync()),
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
