export interface NextCharChartProps {
  /** The previous character, e.g. `"a"` (`"."` = the start of a word). */
  previous: string;
  /** The vocabulary; bar `j` is `alphabet[j]`. */
  alphabet: readonly string[];
  /** P(next = alphabet[j] | previous), one per symbol. */
  probabilities: ArrayLike<number>;
  width?: number;
  height?: number;
}

const percent = (p: number) => `${(100 * p).toFixed(p >= 0.1 ? 1 : 2)}%`;

/** One row of a bigram table as bars: the next character's probabilities after `previous`. */
export function NextCharChart({ previous, alphabet, probabilities, width = 360, height = 120 }: NextCharChartProps) {
  const n = alphabet.length;
  if (probabilities.length !== n)
    return (
      <p className="nudge-field__error" role="alert">
        Next-character chart: expected {n} probabilities, got {probabilities.length}
      </p>
    );
  const ps = Array.from(probabilities);
  const max = Math.max(1e-12, ...ps);
  const barW = width / n;
  const plotH = height - 16;
  const top = ps
    .map((p, j) => [p, j] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([p, j]) => `${alphabet[j]} ${percent(p)}`);
  return (
    <figure className="nudge-nextchar">
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`Next character after "${previous}": most likely ${top.join(", ")}`}
      >
        {ps.map((p, j) => {
          const h = (p / max) * plotH;
          return (
            <g key={j}>
              <rect
                x={j * barW + 0.5}
                y={plotH - h}
                width={Math.max(1, barW - 1)}
                height={h}
                className="nudge-histogram__bar"
              >
                <title>{`${previous}${alphabet[j]}: ${percent(p)}`}</title>
              </rect>
              <text x={(j + 0.5) * barW} y={height - 3} textAnchor="middle" className="nudge-histogram__tick">
                {alphabet[j]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        After <b>{previous}</b>: {top.join(" · ")}
      </figcaption>
    </figure>
  );
}
