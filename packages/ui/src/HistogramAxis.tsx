import { formatSigned } from "./format.js";

/** The baseline and end labels under a histogram's plot area (`plotH` high, `width` wide). */
export function HistogramAxis({
  lo,
  hi,
  width,
  height,
  plotH,
}: {
  lo: number;
  hi: number;
  width: number;
  height: number;
  plotH: number;
}) {
  return (
    <>
      <line x1={0} x2={width} y1={plotH + 0.5} y2={plotH + 0.5} className="nudge-histogram__axis" />
      <text x={0} y={height - 2} className="nudge-histogram__tick">
        {formatSigned(lo, 2)}
      </text>
      <text x={width} y={height - 2} textAnchor="end" className="nudge-histogram__tick">
        {formatSigned(hi, 2)}
      </text>
    </>
  );
}
