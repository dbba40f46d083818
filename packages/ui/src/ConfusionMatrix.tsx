import { formatCount } from "./format.js";

export interface ConfusionMatrixProps {
  /** `matrix[actual][predicted]` counts. */
  matrix: readonly (readonly number[])[];
  /** Class names, index = label. */
  labels: readonly string[];
  /** Caption, e.g. `"Test set"`. */
  caption?: string;
}

/** A confusion matrix as an accessible table: rows are actual classes, columns predicted; diagonal cells are outlined. */
export function ConfusionMatrix({ matrix, labels, caption = "Confusion matrix" }: ConfusionMatrixProps) {
  const total = matrix.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  const correct = matrix.reduce((s, row, i) => s + (row[i] ?? 0), 0);
  return (
    <table className="nudge-confusion">
      <caption>
        {caption} · accuracy {total > 0 ? `${((100 * correct) / total).toFixed(1)}%` : "–"}
      </caption>
      <thead>
        <tr>
          <th scope="col">actual ↓ predicted →</th>
          {labels.map((l) => (
            <th key={l} scope="col">
              {l}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.map((row, i) => {
          const rowTotal = row.reduce((a, b) => a + b, 0);
          return (
            <tr key={labels[i] ?? i}>
              <th scope="row">{labels[i] ?? `class ${i}`}</th>
              {row.map((count, j) => {
                const share = rowTotal > 0 ? count / rowTotal : 0;
                const tone = i === j ? "var(--nudge-pos)" : "var(--nudge-neg)";
                return (
                  <td
                    key={j}
                    className={i === j ? "nudge-confusion__hit" : "nudge-confusion__miss"}
                    style={{ background: `color-mix(in srgb, ${tone} ${Math.round(share * 70)}%, transparent)` }}
                    title={`${formatCount(count)} of ${formatCount(rowTotal)} actual ${labels[i]} predicted as ${labels[j]}`}
                  >
                    {formatCount(count)}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
