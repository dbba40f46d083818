import { HistogramAxis } from "./HistogramAxis.js";

/** One pre-binned histogram of a `HistogramLines` figure (e.g. one layer's activations). */
export interface HistogramLine {
  label: string;
  /** Counts per equal-width bin over [min, max]. */
  counts: ArrayLike<number>;
  min: number;
  max: number;
  /** Shown after the label in the legend, e.g. `"mean +0.01, std 0.62, saturated 3.1%"`. */
  note?: string;
}

export interface HistogramLinesProps {
  /** Accessible title and caption, e.g. `"Activations (tanh layers)"`. */
  title: string;
  lines: readonly HistogramLine[];
  /** Marks ±threshold (e.g. 0.97 for saturated tanh) with dashed lines; the caption names the same number. */
  threshold?: number;
  width?: number;
  height?: number;
}

const hues = ["#2166ac", "#a85205", "#1b7837", "#aa3377", "#6a51a3", "#4d4d4d", "#b2182b", "#35978f"];

/**
 * Several histograms as lines on one axis, one per layer (makemore part 3's activation and gradient
 * figures): each line is the share of values per unit of x, so layers with different sizes compare.
 */
export function HistogramLines({ title, lines, threshold, width = 316, height = 120 }: HistogramLinesProps) {
  const lo = Math.min(...lines.map((l) => l.min), threshold === undefined ? Infinity : -threshold);
  const hi = Math.max(...lines.map((l) => l.max), threshold === undefined ? -Infinity : threshold);
  const plotH = height - 16;
  const x = (v: number) => ((v - lo) / (hi - lo || 1)) * width;
  const densities = lines.map((l) => {
    const total = Array.from(l.counts).reduce((a, b) => a + b, 0) || 1;
    const bin = (l.max - l.min) / Math.max(1, l.counts.length) || 1;
    return Array.from(l.counts, (c) => c / total / bin);
  });
  const top = Math.max(1e-12, ...densities.flat());
  return (
    <figure className="nudge-histogram nudge-histogram-lines">
      <svg width={width} height={height} role="img" aria-label={`${title}: ${lines.length} layers`}>
        {threshold !== undefined &&
          [-threshold, threshold].map((t) => (
            <line key={t} x1={x(t)} x2={x(t)} y1={0} y2={plotH} className="nudge-histogram-lines__threshold" />
          ))}
        {lines.map((l, k) => {
          const bin = (l.max - l.min) / Math.max(1, l.counts.length);
          const points = densities[k]!.map(
            (d, i) => `${x(l.min + (i + 0.5) * bin).toFixed(1)},${(plotH - (d / top) * plotH).toFixed(1)}`,
          );
          return (
            <polyline
              key={l.label}
              points={points.join(" ")}
              fill="none"
              stroke={hues[k % hues.length]}
              strokeWidth={1.5}
            />
          );
        })}
        <HistogramAxis lo={lo} hi={hi} width={width} height={height} plotH={plotH} />
      </svg>
      <figcaption>
        {title}
        {threshold !== undefined && <span> · dashed: ±{threshold}</span>}
        <ul className="nudge-histogram-lines__legend">
          {lines.map((l, k) => (
            <li key={l.label}>
              <span className="nudge-histogram-lines__swatch" style={{ background: hues[k % hues.length] }} />
              {l.label}
              {l.note && <span> · {l.note}</span>}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
