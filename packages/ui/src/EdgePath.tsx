import type { CSSProperties } from "react";
import { edgeStyle, type EdgeStyleInput } from "./edge-style.js";

export interface EdgePathProps extends EdgeStyleInput {
  /** SVG path data, e.g. from React Flow's `getBezierPath`. */
  d: string;
  id?: string;
}

const hitArea: CSSProperties = { stroke: "transparent", strokeWidth: 14 };

/**
 * An SVG edge path styled by `edgeStyle`. Under it, one wide path is both the hover target and,
 * when the gradient is large, the glow (it pulses inside an element with class `nudge-animate-flow`).
 * Render inside an `<svg>`.
 */
export function EdgePath({ d, id, ...input }: EdgePathProps) {
  const s = edgeStyle(input);
  const under = s.haloStyle ? { ...s.haloStyle, strokeWidth: Math.max(14, Number(s.haloStyle.strokeWidth)) } : hitArea;
  return (
    <g data-edge-id={id}>
      <path
        d={d}
        className={s.haloStyle ? "nudge-edge-under nudge-edge-under--glow" : "nudge-edge-under"}
        fill="none"
        style={under}
      />
      <path d={d} className={s.className} style={s.style} />
    </g>
  );
}
