export interface ShapeBadgeProps {
  /** Tensor dimensions, outermost first, e.g. `[100, 2]`. */
  shape: readonly number[];
  /** Names of the dims, e.g. `["n", "c"]`; shown beside the sizes when given. */
  dims?: readonly string[];
  /** `shape` is per example and a batch dimension `n` of any size comes first: `[3, 10]` shows as `[n, 3, 10] · 3-tensor`. */
  batch?: boolean;
}

const rankNames = ["scalar", "vector", "matrix"];

/** A small badge showing a tensor's shape and rank, e.g. `[n=100, c=2] · matrix`. */
export function ShapeBadge({ shape, dims, batch }: ShapeBadgeProps) {
  const rank = shape.length + (batch ? 1 : 0);
  const name = rankNames[rank] ?? `${rank}-tensor`;
  const sizes = shape.map((size, i) => (dims?.[i] ? `${dims[i]}=${size}` : String(size)));
  const body = (batch ? ["n", ...sizes] : sizes).join(", ");
  return (
    <span className="nudge-shape-badge" title={`rank ${rank} (${name})`}>
      {rank === 0 ? "scalar" : `[${body}] · ${name}`}
    </span>
  );
}
