import { useEffect, useRef } from "react";
import { gridProblem, paintGrid, type GridValues } from "./paint-grid.js";

export interface HeatMapCanvasProps {
  grid: GridValues;
  /** Values mapped to the ends of the diverging scale; default `[-1, 1]` (tanh outputs). */
  domain?: readonly [number, number];
  /** Display size in CSS pixels; default 48. */
  size?: number;
  /** Row 0 is the top of the picture instead of the bottom. */
  topDown?: boolean;
  /** Accessible description, e.g. `"output of h1 over the input plane"`. */
  label: string;
}

/** A small square heat map on a canvas (orange = low, blue = high), e.g. a neuron's output over the input plane. */
export function HeatMapCanvas({ grid, domain = [-1, 1], size = 48, topDown = false, label }: HeatMapCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [lo, hi] = domain;
  const problem = gridProblem(grid);
  useEffect(() => {
    const ctx = ref.current?.getContext("2d");
    if (ctx && !problem) paintGrid(ctx, grid, [lo, hi], topDown);
  }, [grid, lo, hi, topDown, problem]);
  if (problem)
    return (
      <span className="nudge-field__error" role="alert" title={`${label}: ${problem}`}>
        map?
      </span>
    );
  const px = Math.round(size * Math.min(2, globalThis.devicePixelRatio || 1));
  return (
    <canvas
      ref={ref}
      className="nudge-heatmap"
      width={px}
      height={px}
      style={{ width: size, height: size }}
      role="img"
      aria-label={label}
    />
  );
}
