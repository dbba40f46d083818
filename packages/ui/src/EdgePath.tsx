import { edgeStyle, type EdgeStyleInput } from "./edge-style.js";

export interface EdgePathProps extends EdgeStyleInput {
  /** SVG path data, e.g. from React Flow's `getBezierPath`. */
  d: string;
  id?: string;
}

/** An SVG edge path styled by `edgeStyle`, with a wide transparent twin for easy hovering. Render inside an `<svg>`. */
export function EdgePath({ d, id, ...input }: EdgePathProps) {
  const s = edgeStyle(input);
  return (
    <g data-edge-id={id}>
      <path d={d} fill="none" stroke="transparent" strokeWidth={14} />
      <path d={d} className={s.className} style={s.style} />
    </g>
  );
}
