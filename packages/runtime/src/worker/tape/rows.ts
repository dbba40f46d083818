import type { Loaded } from "./tape-state.js";

const none = { features: new Float32Array(0), targets: Float32Array.of(0), dim: 0, rows: null, count: 1 };

/** The L2 weight actually applied: none for expression graphs, which minimise their output. */
export function effectiveL2(s: Loaded): number {
  return s.data.dataset ? s.training.l2 : 0;
}

/**
 * Forward (and backward) over `rows` of the data (null: no data), leaving the first rows loaded in
 * the graph for node values. Batches bigger than the tape's `maxBatch` run in chunks whose losses
 * and gradients are combined as one batch. Returns the total loss (NaN if not finite).
 */
export function runRows(s: Loaded, rows: Int32Array | null, withGrads: boolean): number {
  const { graph, data } = s;
  const l2 = effectiveL2(s);
  const dataset = data.dataset;
  if (!dataset || !rows) {
    graph.setBatch(none);
    const loss = graph.forward(l2);
    if (withGrads && Number.isFinite(loss)) graph.backward();
    return loss;
  }
  const n = rows.length;
  const max = graph.maxBatch;
  const sum = withGrads && n > max ? new Float64Array(graph.params.length) : undefined;
  let total = 0;
  for (let from = Math.floor((n - 1) / max) * max; from >= 0; from -= max) {
    const count = Math.min(max, n - from);
    graph.setBatch({
      features: dataset.features,
      targets: dataset.targets,
      dim: data.dim,
      rows: rows.subarray(from, from + count),
      count,
    });
    const loss = graph.forward(l2);
    if (!Number.isFinite(loss)) return Number.NaN;
    total += (loss * count) / n;
    if (!withGrads) continue;
    graph.backward();
    if (sum) for (let p = 0; p < sum.length; p++) sum[p] += (graph.grads[p] * count) / n;
  }
  if (sum) graph.grads.set(sum);
  return total;
}
