export interface ShapeBadgeProps {
  /** Tensor dimensions, outermost first, e.g. `[100, 2]`. */
  shape: readonly number[];
  /** Names of the dims, e.g. `["n", "c"]`; shown beside the sizes when given. */
  dims?: readonly string[];
}

const rankNames = ["scalar", "vector", "matrix"];

/** A small badge showing a tensor's shape and rank, e.g. `[n=100, c=2] · matrix`. */
export function ShapeBadge({ shape, dims }: ShapeBadgeProps) {
  const rank = shape.length;
  const name = rankNames[rank] ?? `${rank}-tensor`;
  const body = shape.map((size, i) => (dims?.[i] ? `${dims[i]}=${size}` : String(size))).join(", ");
  return (
    <span className="nudge-shape-badge" title={`rank ${rank} (${name})`}>
      {rank === 0 ? "scalar" : `[${body}] · ${name}`}
    </span>
  );
}
