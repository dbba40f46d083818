/** Labelled 2-D points: `features` row-major `[x0, y0, x1, y1, …]`, `labels` class indices. */
export interface PointSet {
  features: ArrayLike<number>;
  labels: ArrayLike<number>;
}

/** Maps the plane `xRange × yRange` to canvas pixels (y up). */
export interface PlaneToCanvas {
  xRange: readonly [number, number];
  yRange: readonly [number, number];
  width: number;
  height: number;
}

/** Draws points: train as filled circles, test as filled squares, class colour with a contrasting outline. */
export function drawPoints(
  ctx: CanvasRenderingContext2D,
  points: PointSet,
  marker: "circle" | "square",
  map: PlaneToCanvas,
  colours: readonly string[],
  outline: string,
  radius: number,
): void {
  const { xRange, yRange, width, height } = map;
  const n = Math.min(points.labels.length, Math.floor(points.features.length / 2));
  ctx.lineWidth = Math.max(1, radius / 3);
  ctx.strokeStyle = outline;
  for (let i = 0; i < n; i++) {
    const x = ((points.features[2 * i]! - xRange[0]) / (xRange[1] - xRange[0])) * width;
    const y = height - ((points.features[2 * i + 1]! - yRange[0]) / (yRange[1] - yRange[0])) * height;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    ctx.fillStyle = colours[Math.round(points.labels[i]!) % colours.length]!;
    ctx.beginPath();
    if (marker === "circle") ctx.arc(x, y, radius, 0, 2 * Math.PI);
    else ctx.rect(x - radius, y - radius, 2 * radius, 2 * radius);
    ctx.fill();
    ctx.stroke();
  }
}
