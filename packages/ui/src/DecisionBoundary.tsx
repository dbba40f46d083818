import { useEffect, useRef } from "react";
import { drawPoints, type PointSet } from "./draw-points.js";
import { paintClassGrid } from "./paint-classes.js";
import { gridProblem, paintGrid } from "./paint-grid.js";
import { readThemeColours } from "./theme-colours.js";

/** Model output over the input plane: `size × size` values, row 0 at `yRange[0]` (bottom) unless `topDown`. */
export interface BoundaryGrid {
  size: number;
  /** `"score"` (default): a real-valued output on the diverging scale; `"class"`: predicted class indices in class colours. */
  kind?: "score" | "class";
  xRange: readonly [number, number];
  yRange: readonly [number, number];
  values: ArrayLike<number>;
}

export interface DecisionBoundaryProps {
  boundary: BoundaryGrid;
  /** Output values at the two ends of the colour scale; default `[-1, 1]` (use `[0, 1]` for probabilities). */
  domain?: readonly [number, number];
  train?: PointSet;
  test?: PointSet;
  /** Names of the classes for the legend, index = label. */
  classNames?: readonly string[];
  /** Canvas side in CSS pixels; default 280. */
  size?: number;
  topDown?: boolean;
  /** Change it to redraw with the current theme's colours. */
  theme?: string;
}

/**
 * Decision-boundary heat map (orange ↔ blue) with train points as circles and test points as squares.
 * @example <DecisionBoundary boundary={snapshot.boundary} train={train} test={test} classNames={["lower", "upper"]} />
 */
export function DecisionBoundary(props: DecisionBoundaryProps) {
  const {
    boundary,
    domain = [-1, 1],
    train,
    test,
    classNames = ["class 0", "class 1"],
    size = 280,
    topDown = false,
    theme,
  } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  const [lo, hi] = domain;
  const problem = gridProblem(boundary);
  useEffect(() => {
    if (problem) return;
    const canvas = ref.current!;
    const ctx = canvas.getContext("2d")!;
    const colours = readThemeColours(canvas);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = colours.surface;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.globalAlpha = boundary.kind === "class" ? 0.45 : 0.8;
    if (boundary.kind === "class") paintClassGrid(ctx, boundary, colours.classes, topDown);
    else paintGrid(ctx, boundary, [lo, hi], topDown);
    ctx.globalAlpha = 1;
    ctx.scale(dpr, dpr);
    const map = { xRange: boundary.xRange, yRange: boundary.yRange, width: size, height: size };
    if (train) drawPoints(ctx, train, "circle", map, colours.classes, colours.text, 3.5);
    if (test) drawPoints(ctx, test, "square", map, colours.classes, colours.surface, 3);
  }, [boundary, lo, hi, train, test, size, topDown, dpr, theme, problem]);
  if (problem)
    return (
      <p className="nudge-field__error" role="alert">
        Decision boundary: {problem}
      </p>
    );
  const colours = ["var(--nudge-class-0)", "var(--nudge-class-1)", "var(--nudge-class-2)", "var(--nudge-class-3)"];
  return (
    <figure className="nudge-boundary">
      <canvas
        ref={ref}
        width={Math.round(size * dpr)}
        height={Math.round(size * dpr)}
        style={{ width: size, height: size }}
        role="img"
        aria-label={`Decision boundary over x ${boundary.xRange.join(" to ")}, y ${boundary.yRange.join(" to ")}`}
      />
      <figcaption className="nudge-legend">
        <span>
          <span className="nudge-legend__marker nudge-legend__marker--circle" /> train
        </span>
        <span>
          <span className="nudge-legend__marker nudge-legend__marker--square" /> test
        </span>
        {classNames.map((name, i) => (
          <span key={name}>
            <span className="nudge-legend__swatch" style={{ background: colours[i % colours.length] }} /> {name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
