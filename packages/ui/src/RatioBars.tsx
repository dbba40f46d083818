import { formatSigned } from "./format.js";

/** One bar of a `RatioBars` figure. */
export interface RatioBar {
  label: string;
  /** A positive ratio, drawn on a log10 scale. */
  value: number;
}

export interface RatioBarsProps {
  /** Accessible title and caption, e.g. `"Weight gradient : data"`. */
  title: string;
  bars: readonly RatioBar[];
  /** The log10 range of the axis; default [−5, 0]. */
  range?: readonly [number, number];
  width?: number;
}

/** Horizontal bars of positive ratios on a log10 axis, each labelled with its log10 value (e.g. gradient:data per layer). */
export function RatioBars({ title, bars, range = [-5, 0], width = 316 }: RatioBarsProps) {
  const [lo, hi] = range;
  const rowH = 16;
  const labelW = 96;
  const valueW = 44;
  const plotW = width - labelW - valueW;
  return (
    <figure className="nudge-histogram nudge-ratio-bars">
      <svg width={width} height={bars.length * rowH} role="img" aria-label={title}>
        {bars.map((b, i) => {
          const log = Math.log10(b.value);
          const shown = Number.isFinite(log) ? Math.min(hi, Math.max(lo, log)) : lo;
          const w = ((shown - lo) / (hi - lo)) * plotW;
          return (
            <g key={b.label} transform={`translate(0, ${i * rowH})`}>
              <text x={0} y={rowH - 4} className="nudge-histogram__tick">
                {b.label}
              </text>
              <rect x={labelW} y={3} width={Math.max(1, w)} height={rowH - 6} className="nudge-histogram__bar" />
              <text x={width} y={rowH - 4} textAnchor="end" className="nudge-histogram__tick">
                {Number.isFinite(log) ? formatSigned(log, 1) : "—"}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {title} (log10; bars from {lo} to {hi})
      </figcaption>
    </figure>
  );
}
