import { formatSigned, signOf } from "./format.js";
import { ShapeBadge } from "./ShapeBadge.js";

export interface EdgeLabelProps {
  /** Weight on the edge; omitted for plain wires. */
  weight?: number;
  /** Gradient of the loss with respect to the weight. */
  grad?: number;
  /** Tensor shape carried by the edge. */
  shape?: readonly number[];
  /** The shape is per example; show the batch dimension `n` before it. */
  batch?: boolean;
  digits?: number;
}

/** A compact label for an edge: `w −0.84 · g +0.12 · [n, 16]`, bordered solid or dashed by sign. */
export function EdgeLabel({ weight, grad, shape, batch, digits = 2 }: EdgeLabelProps) {
  const sign = weight === undefined ? "zero" : signOf(weight);
  return (
    <span className={`nudge-edge-label nudge-edge-label--${sign}`}>
      {weight !== undefined && <span className={`nudge-num nudge-num--${sign}`}>w {formatSigned(weight, digits)}</span>}
      {grad !== undefined && <span className="nudge-num nudge-edge-label__grad">g {formatSigned(grad, digits)}</span>}
      {shape && <ShapeBadge shape={shape} batch={batch} />}
    </span>
  );
}
