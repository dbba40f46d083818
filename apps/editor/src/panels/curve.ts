import type { Points } from "./points";

const S = 200;

/** Draws a 1-D model: the data as dots and the prediction over the input range as a line. */
export function drawCurve(ctx: CanvasRenderingContext2D, grid: { size: number; xRange: [number, number]; values: ArrayLike<number> },
  pts: Points, css: CSSStyleDeclaration): void {
  const n = pts.y.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) { lo = Math.min(lo, pts.y[i]!); hi = Math.max(hi, pts.y[i]!); }
  for (let i = 0; i < grid.size; i++) if (Number.isFinite(grid.values[i]!)) { lo = Math.min(lo, grid.values[i]!); hi = Math.max(hi, grid.values[i]!); }
  const pad = (hi - lo || 1) * 0.08;
  lo -= pad;
  hi += pad;
  const [x0, x1] = grid.xRange;
  const px = (x: number) => ((x - x0) / (x1 - x0)) * S;
  const py = (y: number) => (1 - (y - lo) / (hi - lo)) * S;
  ctx.fillStyle = css.getPropertyValue("--nudge-surface") || "#fff";
  ctx.fillRect(0, 0, S, S);
  const dot = css.getPropertyValue("--nudge-class-1") || "#0072b2";
  for (let i = 0; i < n; i++) {
    ctx.beginPath();
    ctx.arc(px(pts.x[i]!), py(pts.y[i]!), 2.6, 0, Math.PI * 2);
    if (pts.test[i]) { ctx.strokeStyle = dot; ctx.lineWidth = 1.5; ctx.stroke(); } else { ctx.fillStyle = dot; ctx.fill(); }
  }
  ctx.strokeStyle = css.getPropertyValue("--nudge-grad") || "#a37";
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  for (let i = 0; i < grid.size; i++) {
    const x = x0 + ((x1 - x0) * i) / Math.max(1, grid.size - 1);
    if (i === 0) ctx.moveTo(px(x), py(grid.values[i]!)); else ctx.lineTo(px(x), py(grid.values[i]!));
  }
  ctx.stroke();
}
