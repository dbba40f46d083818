import { useEffect, useRef, useState } from "react";
import { rgbCss, sequentialColour } from "./colour-scale.js";
import { formatCount } from "./format.js";

export interface BigramHeatMapProps {
  /** Row-major counts, `alphabet.length²` values: `counts[i * n + j]` = times `alphabet[j]` follows `alphabet[i]`. */
  counts: ArrayLike<number>;
  /** The vocabulary, e.g. `[".", "a", …, "z"]` (27 symbols). */
  alphabet: readonly string[];
  /** Cell side in CSS pixels; default 18. At 28 or more, each cell shows its bigram and count. */
  cellSize?: number;
}

/** The bigram count table as a heat map (makemore part 1); hover a cell to read its count. */
export function BigramHeatMap({ counts, alphabet, cellSize = 18 }: BigramHeatMapProps) {
  const n = alphabet.length;
  const problem =
    counts.length === n * n ? undefined : `expected ${n}×${n} = ${n * n} counts for ${n} symbols, got ${counts.length}`;
  const ref = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<[number, number] | null>(null);
  const side = n * cellSize;
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  useEffect(() => {
    if (problem) return;
    const ctx = ref.current!.getContext("2d")!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    let max = 0;
    for (let k = 0; k < counts.length; k++) max = Math.max(max, counts[k]!);
    ctx.textAlign = "center";
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const c = counts[i * n + j]!;
        const rgb = sequentialColour(Math.sqrt(c), Math.sqrt(max));
        ctx.fillStyle = rgbCss(rgb);
        ctx.fillRect(j * cellSize, i * cellSize, cellSize, cellSize);
        if (cellSize >= 28) {
          ctx.fillStyle = rgb[0] < 120 ? "#fff" : "#1f2933";
          ctx.font = `${Math.round(cellSize / 3)}px system-ui, sans-serif`;
          ctx.fillText(alphabet[i]! + alphabet[j]!, (j + 0.5) * cellSize, (i + 0.42) * cellSize);
          ctx.fillText(String(c), (j + 0.5) * cellSize, (i + 0.82) * cellSize);
        }
      }
    }
  }, [counts, n, cellSize, dpr, alphabet, problem]);
  if (problem)
    return (
      <p className="nudge-field__error" role="alert">
        Bigram heat map: {problem}
      </p>
    );
  const readout = hover
    ? `${alphabet[hover[0]]} → ${alphabet[hover[1]]}: ${formatCount(counts[hover[0] * n + hover[1]]!)}`
    : "hover a cell";
  return (
    <figure className="nudge-bigram" style={{ gridTemplateColumns: `${cellSize}px ${side}px` }}>
      <span />
      <div className="nudge-bigram__cols" aria-hidden>
        {alphabet.map((a) => (
          <span key={a} style={{ width: cellSize }}>
            {a}
          </span>
        ))}
      </div>
      <div className="nudge-bigram__rows" aria-hidden>
        {alphabet.map((a) => (
          <span key={a} style={{ height: cellSize }}>
            {a}
          </span>
        ))}
      </div>
      <canvas
        ref={ref}
        width={Math.round(side * dpr)}
        height={Math.round(side * dpr)}
        style={{ width: side, height: side }}
        role="img"
        aria-label={`Bigram counts, ${n} by ${n}: rows are the first character, columns the next`}
        onMouseMove={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          const j = Math.floor((e.clientX - r.left) / cellSize);
          const i = Math.floor((e.clientY - r.top) / cellSize);
          setHover(i >= 0 && i < n && j >= 0 && j < n ? [i, j] : null);
        }}
        onMouseLeave={() => setHover(null)}
      />
      <figcaption className="nudge-bigram__readout" aria-live="polite">
        {readout}
      </figcaption>
    </figure>
  );
}
