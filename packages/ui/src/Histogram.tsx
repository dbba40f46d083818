import { binValues } from "./histogram.js";
import { formatShare, formatSigned } from "./format.js";
import { HistogramAxis } from "./HistogramAxis.js";

export interface HistogramProps {
  /** Accessible title, e.g. `"layer 2 tanh activations"`. */
  title: string;
  values: ArrayLike<number>;
  /** Number of bins; default 30. */
  bins?: number;
  /** Fixed x range (e.g. `[-1, 1]` for tanh); default the data's range. */
  range?: readonly [number, number];
  width?: number;
  height?: number;
  /** Mark the tails beyond ±`saturation` (e.g. 0.97 for saturated tanh) in the warning hue and state the saturated share. */
  saturation?: number;
  /**
   * The saturated share (0–1) to state when it is measured elsewhere, e.g. the runtime's layer statistics that
   * `LayerStatsTable` shows, so caption and table agree; default: the share of `values` beyond ±`saturation`.
   */
  saturatedShare?: number;
}

const beyond = (values: ArrayLike<number>, t: number) => {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Math.abs(values[i]!) > t) n++;
  return n / Math.max(1, values.length);
};

/** A small histogram (SVG bars), e.g. activations or gradients of one layer for BatchNorm diagnostics. */
export function Histogram({
  title,
  values,
  bins = 30,
  range,
  width = 240,
  height = 96,
  saturation,
  saturatedShare,
}: HistogramProps) {
  const { lo, hi, counts, skipped } = binValues(values, bins, range);
  const max = Math.max(1, ...counts);
  const barW = width / bins;
  const plotH = height - 16;
  const binW = (hi - lo) / bins;
  const isTail = (i: number) =>
    saturation !== undefined && Math.max(Math.abs(lo + i * binW), Math.abs(lo + (i + 1) * binW)) > saturation;
  return (
    <figure className="nudge-histogram">
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`${title}: ${values.length} values from ${formatSigned(lo, 2)} to ${formatSigned(hi, 2)}`}
      >
        {counts.map((c, i) => {
          const tail = isTail(i);
          const h = (c / max) * plotH;
          return (
            <rect
              key={i}
              x={i * barW + 0.5}
              y={plotH - h}
              width={Math.max(1, barW - 1)}
              height={h}
              className={tail ? "nudge-histogram__bar nudge-histogram__bar--tail" : "nudge-histogram__bar"}
            />
          );
        })}
        <HistogramAxis lo={lo} hi={hi} width={width} height={height} plotH={plotH} />
      </svg>
      <figcaption>
        {title}
        {saturation !== undefined && (
          <span>
            {" "}
            · saturated (|a| &gt; {saturation}): {formatShare(saturatedShare ?? beyond(values, saturation))}
          </span>
        )}
        {skipped > 0 && <span className="nudge-histogram__skipped"> · {skipped} outside range or not finite</span>}
      </figcaption>
    </figure>
  );
}
