import { useEffect, useRef } from "react";
import { readThemeColours } from "./theme-colours.js";

/** 1-D samples: `x[i]` and target `y[i]`. */
export interface Samples1D {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

export interface CurveFitChartProps {
  /** Model prediction at `size` evenly spaced x over `xRange` (cell centres), e.g. a 1-D runtime `boundary`. */
  curve: { size: number; xRange: readonly [number, number]; values: ArrayLike<number> };
  train?: Samples1D;
  test?: Samples1D;
  /** y range shown; default: fit data and curve. */
  yRange?: readonly [number, number];
  width?: number;
  height?: number;
  /** Change it to redraw with the current theme's colours. */
  theme?: string;
}

function extent(arrays: ArrayLike<number>[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays)
    for (let i = 0; i < a.length; i++)
      if (Number.isFinite(a[i]!)) [lo, hi] = [Math.min(lo, a[i]!), Math.max(hi, a[i]!)];
  if (!(lo <= hi)) return [-1, 1];
  const pad = (hi - lo || 1) * 0.08;
  return [lo - pad, hi + pad];
}

/**
 * A 1-D fit (lesson 1): data as points (train circles, test squares) and the model's prediction as a line.
 * @example <CurveFitChart curve={{ size: 64, xRange: [-3, 3], values }} train={{ x, y }} />
 */
export function CurveFitChart({ curve, train, test, yRange, width = 320, height = 200, theme }: CurveFitChartProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  useEffect(() => {
    const canvas = ref.current!;
    const ctx = canvas.getContext("2d")!;
    const c = readThemeColours(canvas);
    const [y0, y1] = yRange ?? extent([curve.values, train?.y ?? [], test?.y ?? []]);
    const [x0, x1] = curve.xRange;
    const px = (x: number) => ((x - x0) / (x1 - x0)) * width;
    const py = (y: number) => height - ((y - y0) / (y1 - y0)) * height;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.strokeStyle = c.border;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(0, py(0));
    ctx.lineTo(width, py(0));
    ctx.stroke();
    const dots = (s: Samples1D | undefined, square: boolean) => {
      if (!s) return;
      ctx.fillStyle = square ? c.surface : c.muted;
      ctx.strokeStyle = c.text;
      for (let i = 0; i < Math.min(s.x.length, s.y.length); i++) {
        ctx.beginPath();
        if (square) ctx.rect(px(s.x[i]!) - 3, py(s.y[i]!) - 3, 6, 6);
        else ctx.arc(px(s.x[i]!), py(s.y[i]!), 3, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
    };
    dots(train, false);
    dots(test, true);
    ctx.strokeStyle = c.pos;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    let started = false;
    for (let i = 0; i < curve.size; i++) {
      const v = curve.values[i]!;
      if (!Number.isFinite(v)) {
        started = false;
        continue;
      }
      const [x, y] = [px(x0 + ((i + 0.5) * (x1 - x0)) / curve.size), py(v)];
      if (started) ctx.lineTo(x, y);
      else ctx.moveTo(x, y);
      started = true;
    }
    ctx.stroke();
  }, [curve, train, test, yRange, width, height, dpr, theme]);
  return (
    <figure className="nudge-boundary">
      <canvas
        ref={ref}
        width={Math.round(width * dpr)}
        height={Math.round(height * dpr)}
        style={{ width, height }}
        role="img"
        aria-label={`Model prediction over x from ${curve.xRange[0]} to ${curve.xRange[1]} with the data points`}
      />
      <figcaption className="nudge-legend">
        <span>
          <span className="nudge-legend__marker nudge-legend__marker--circle" /> train
        </span>
        {test && (
          <span>
            <span className="nudge-legend__marker" /> test
          </span>
        )}
        <span>
          <svg width="20" height="6" aria-hidden>
            <line x1="0" y1="3" x2="20" y2="3" stroke="var(--nudge-pos)" strokeWidth="2.5" />
          </svg>{" "}
          model
        </span>
      </figcaption>
    </figure>
  );
}
