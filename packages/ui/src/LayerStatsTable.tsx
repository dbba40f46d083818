import { formatNumber, formatShare, formatSigned } from "./format.js";

/** The fields of one runtime `LayerStats` (from `@nudge/runtime/protocol`) this table reads. */
export interface LayerStatsRow {
  activationMean: number;
  activationStd: number;
  /** Share of saturated activations, 0–1 (tanh |a| > 0.97, ReLU a = 0, sigmoid within 0.03 of 0 or 1). */
  saturated: number;
  gradStd: number;
  /** std(lr × grad) / std(weights). */
  updateRatio: number;
}

export interface LayerStatsTableProps {
  /** Per-layer statistics, e.g. a runtime snapshot's `layerStats`. */
  layers: readonly LayerStatsRow[];
  /** Row names; default `layer 1`, `layer 2`, … */
  names?: readonly string[];
}

const healthyRatio = (r: number) => r >= 1e-4 && r <= 1e-2;

/**
 * Per-layer health for lesson 6: activation mean ± std, saturated share, gradient spread and
 * the update-to-data ratio (log10; about −3 is healthy, flagged outside −4…−2).
 */
export function LayerStatsTable({ layers, names }: LayerStatsTableProps) {
  return (
    <table className="nudge-confusion nudge-layer-stats">
      <caption>Layer statistics · saturated: tanh |a| &gt; 0.97, ReLU a = 0, sigmoid within 0.03 of 0 or 1</caption>
      <thead>
        <tr>
          <th scope="col">layer</th>
          <th scope="col">activation mean ± std</th>
          <th scope="col">saturated</th>
          <th scope="col">grad std</th>
          <th scope="col">log10 update/data</th>
        </tr>
      </thead>
      <tbody>
        {layers.map((l, i) => {
          const ratio = l.updateRatio > 0 ? Math.log10(l.updateRatio) : Number.NEGATIVE_INFINITY;
          const ok = healthyRatio(l.updateRatio);
          return (
            <tr key={names?.[i] ?? i}>
              <th scope="row">{names?.[i] ?? `layer ${i + 1}`}</th>
              <td>
                {formatSigned(l.activationMean, 2)} ± {formatNumber(l.activationStd, 2)}
              </td>
              <td className={l.saturated > 0.05 ? "nudge-bad" : undefined}>
                {formatShare(l.saturated)}
                {l.saturated > 0.05 ? " ⚠" : ""}
              </td>
              <td>{Number.isFinite(l.gradStd) ? l.gradStd.toExponential(1) : formatNumber(l.gradStd)}</td>
              <td className={ok ? undefined : "nudge-bad"}>
                {Number.isFinite(ratio) ? formatSigned(ratio, 1) : "no updates"}
                {ok ? "" : " ⚠"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
