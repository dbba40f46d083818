import type { CSSProperties } from "react";

/** What an edge's look depends on: its weight and, while training, its gradient. */
export interface EdgeStyleInput {
  /** The weight on the edge; `undefined` for a plain wire (expression edges, layer edges). */
  weight?: number;
  /** dLoss/dWeight for this edge (or the gradient flowing along it). */
  grad?: number;
  /** |weight| that gets the full width; default 2. */
  maxAbsWeight?: number;
  /** |grad| that gets the full glow; default 1. */
  maxAbsGrad?: number;
  /** The edge is selected or part of the active op in step-through. */
  selected?: boolean;
  /** Draw the gradient glow (default true). Each glowing edge paints one more path: turn it off for very large graphs. */
  halo?: boolean;
}

/** Stroke settings for an SVG path (React Flow's `style` prop accepts `style` as is). */
export interface EdgeStyle {
  stroke: string;
  strokeWidth: number;
  /** `undefined` (solid) for positive and plain wires, a dash pattern for negative weights. */
  strokeDasharray: string | undefined;
  /** 0–1: how strongly the gradient glows. */
  glow: number;
  /** Extra class names: `nudge-edge`, `nudge-edge--neg`, `nudge-edge--flowing`, `nudge-edge--selected`. */
  className: string;
  /** Ready-made inline style for the edge path. Do not also set React Flow's `animated` (it dashes the line, which reads as negative). */
  style: CSSProperties;
  /** Stroke of a wider path drawn under the edge as its gradient glow, when |grad| ≥ 0.2 × `maxAbsGrad` (no SVG filters: they cost ~5× the frame time with hundreds of edges). */
  haloStyle: CSSProperties | undefined;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * Maps weight and gradient to an edge look: hue and dash by sign, width by |weight|, glow by |gradient|.
 * @example
 * const s = edgeStyle({ weight: -0.8, grad: 0.3 });
 * <path d={d} style={s.style} className={s.className} />
 */
export function edgeStyle(input: EdgeStyleInput): EdgeStyle {
  const { weight, grad = 0, maxAbsWeight = 2, maxAbsGrad = 1, selected = false, halo = true } = input;
  const hasWeight = weight !== undefined;
  const bad = hasWeight && !Number.isFinite(weight);
  const negative = hasWeight && weight < 0;
  const stroke = bad
    ? "var(--nudge-error)"
    : !hasWeight
      ? "var(--nudge-zero)"
      : negative
        ? "var(--nudge-neg)"
        : "var(--nudge-pos)";
  const strokeWidth = hasWeight && !bad ? 1 + 5 * clamp01(Math.abs(weight) / maxAbsWeight) : 1.5;
  const strokeDasharray = negative ? "6 4" : undefined;
  const glow = clamp01(Math.abs(grad) / maxAbsGrad);
  const classes = ["nudge-edge"];
  if (negative) classes.push("nudge-edge--neg");
  if (glow >= 0.2) classes.push("nudge-edge--flowing");
  if (selected) classes.push("nudge-edge--selected");
  const style: CSSProperties = {
    stroke,
    strokeWidth: selected ? strokeWidth + 1.5 : strokeWidth,
    strokeDasharray,
    strokeLinecap: negative ? "butt" : "round",
  };
  const haloStyle: CSSProperties | undefined =
    halo && glow >= 0.2
      ? {
          stroke: "var(--nudge-grad)",
          strokeOpacity: 0.08 + 0.3 * glow,
          strokeWidth: strokeWidth + 4 + 8 * glow,
          strokeLinecap: "round",
        }
      : undefined;
  return { stroke, strokeWidth, strokeDasharray, glow, className: classes.join(" "), style, haloStyle };
}
