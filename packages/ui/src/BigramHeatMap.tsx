import { useEffect, useRef, useState } from "react";
import { rgbCss, sequentialColour } from "./colour-scale.js";
import { formatCount } from "./format.js";

export interface BigramHeatMapProps {
  /** Row-major values, `alphabet.length²` of them: `counts[i * n + j]` = times `alphabet[j]` follows `alphabet[i]` (or its probability). */
  counts: ArrayLike<number>;
  /** The vocabulary, e.g. `[".", "a", …, "z"]` (27 symbols). */
  alphabet: readonly string[];
  /** Cell side in CSS pixels; default 18. At 28 or more (zoomed in), each cell shows its bigram and value. */
  cellSize?: number;
  /** The value painted darkest; default the largest value. Give two maps the same `max` to compare them on one scale. */
  max?: number;
  /** How a value reads in cells and on hover; default a whole count ("1,234"). */
  format?: (value: number) => string;
  /** Accessible name; default "Bigram counts". */
  title?: string;
  /** The row outlined as chosen (a vocabulary index). */
  selectedRow?: number;
  /** Called with the row (previous character) of a clicked cell. */
  onSelectRow?: (row: number) => void;
}

/** The bigram count table as a heat map (makemore part 1); hover a cell to read its value, zoom in to see them all. */
export function BigramHeatMap(props: BigramHeatMapProps) {
  const { counts, alphabet, cellSize = 18, format = formatCount, title = "Bigram counts", selectedRow } = props;
  const n = alphabet.length;
  const problem =
    counts.length === n * n ? undefined : `expected ${n}×${n} = ${n * n} counts for ${n} symbols, got ${counts.length}`;
  const ref = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<[number, number] | null>(null);
  const side = n * cellSize;
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  const max = props.max ?? (problem ? 0 : Math.max(0, ...Array.from(counts)));
  useEffect(() => {
    if (problem) return;
    const ctx = ref.current!.getContext("2d")!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.textAlign = "center";
    ctx.font = `${Math.round(cellSize / 3.2)}px system-ui, sans-serif`;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const c = counts[i * n + j]!;
        const rgb = sequentialColour(Math.sqrt(Math.min(c, max)), Math.sqrt(max));
        ctx.fillStyle = rgbCss(rgb);
        ctx.fillRect(j * cellSize, i * cellSize, cellSize, cellSize);
        if (cellSize >= 28) {
          ctx.fillStyle = rgb[0] < 120 ? "#fff" : "#1f2933";
          ctx.fillText(alphabet[i]! + alphabet[j]!, (j + 0.5) * cellSize, (i + 0.42) * cellSize);
          ctx.fillText(format(c), (j + 0.5) * cellSize, (i + 0.82) * cellSize);
        }
      }
    }
    if (selectedRow !== undefined && selectedRow >= 0 && selectedRow < n) {
      ctx.strokeStyle = "#e8590c";
      ctx.lineWidth = 2;
      ctx.strokeRect(1, selectedRow * cellSize + 1, side - 2, cellSize - 2);
    }
  }, [counts, n, cellSize, dpr, alphabet, problem, max, format, selectedRow, side]);
  if (problem)
    return (
      <p className="nudge-field__error" role="alert">
        Bigram heat map: {problem}
      </p>
    );
  const cellAt = (e: React.MouseEvent<HTMLCanvasElement>): [number, number] | null => {
    const r = e.currentTarget.getBoundingClientRect();
    const j = Math.floor((e.clientX - r.left) / cellSize);
    const i = Math.floor((e.clientY - r.top) / cellSize);
    return i >= 0 && i < n && j >= 0 && j < n ? [i, j] : null;
  };
  const readout = hover
    ? `${alphabet[hover[0]]}${alphabet[hover[1]]}: ${alphabet[hover[1]]} after ${alphabet[hover[0]]}, ${format(counts[hover[0] * n + hover[1]]!)}`
    : props.onSelectRow
      ? "hover a cell to read it; click to see its row"
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
        style={{ width: side, height: side, cursor: props.onSelectRow ? "pointer" : undefined }}
        role="img"
        aria-label={`${title}, ${n} by ${n}: rows are the first character, columns the next`}
        onMouseMove={(e) => setHover(cellAt(e))}
        onMouseLeave={() => setHover(null)}
        onClick={(e) => {
          const cell = cellAt(e);
          if (cell) props.onSelectRow?.(cell[0]);
        }}
      />
      <figcaption className="nudge-bigram__readout" aria-live="polite">
        {readout}
      </figcaption>
    </figure>
  );
}
