import { paintGrid } from "@nudge/ui";
import { useEffect, useRef, type MouseEvent } from "react";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { call } from "../training/controls";
import { useTraining } from "../training/training-store";
import { drawCurve } from "./curve";
import { pointsFor } from "./points";

const S = 200;

/** The model's output over the input plane, with train points (filled) and test points (rings). */
export function BoundaryChart() {
  const ref = useRef<HTMLCanvasElement>(null);
  const boundary = useTraining((s) => s.snapshot?.boundary);
  const data = useDoc((s) => s.doc.data);
  const loss = useDoc((s) => s.doc.training.loss);
  const focus = useUi((s) => s.focus);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    const pts = pointsFor(data);
    if (!ctx || !canvas) return;
    ctx.clearRect(0, 0, S, S);
    if (!boundary || !pts) return;
    if (pts.dim === 1) return drawCurve(ctx, boundary, pts, getComputedStyle(canvas));
    if (pts.dim !== 2 || boundary.values.length !== boundary.size * boundary.size) return;
    const mid = loss === "bce" || loss === "mse" ? 0.5 : 0;
    const centred = { size: boundary.size, values: Array.from(boundary.values, (v) => v - mid) };
    const off = document.createElement("canvas");
    off.width = off.height = boundary.size;
    paintGrid(off.getContext("2d")!, centred, [-1, 1]);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(off, 0, 0, S, S);
    const [x0, x1] = boundary.xRange;
    const [y0, y1] = boundary.yRange;
    const css = getComputedStyle(canvas);
    for (let i = 0; i < pts.y.length; i++) {
      const px = ((pts.x[i * 2]! - x0) / (x1 - x0)) * S;
      const py = (1 - (pts.x[i * 2 + 1]! - y0) / (y1 - y0)) * S;
      ctx.beginPath();
      ctx.arc(px, py, 3.2, 0, Math.PI * 2);
      const colour = css.getPropertyValue(pts.y[i]! > 0.5 ? "--nudge-class-1" : "--nudge-class-0") || "#000";
      ctx.lineWidth = 1.5;
      if (pts.test[i]) { ctx.fillStyle = "#fff"; ctx.fill(); ctx.strokeStyle = colour; ctx.lineWidth = 2; ctx.stroke(); }
      else { ctx.fillStyle = colour; ctx.fill(); ctx.strokeStyle = "rgba(0,0,0,0.75)"; ctx.lineWidth = 1; ctx.stroke(); }
    }
    const row = pts.trainRows[focus];
    if (row !== undefined && pts.dim === 2) {
      ctx.beginPath();
      ctx.arc(((pts.x[row * 2]! - x0) / (x1 - x0)) * S, (1 - (pts.x[row * 2 + 1]! - y0) / (y1 - y0)) * S, 7, 0, Math.PI * 2);
      ctx.strokeStyle = css.getPropertyValue("--nudge-text") || "#000";
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }, [boundary, data, loss, focus]);
  const pick = (e: MouseEvent<HTMLCanvasElement>) => {
    const pts = pointsFor(data);
    if (!boundary || !pts || pts.dim !== 2) return;
    const r = e.currentTarget.getBoundingClientRect();
    const fx = boundary.xRange[0] + ((e.clientX - r.left) / r.width) * (boundary.xRange[1] - boundary.xRange[0]);
    const fy = boundary.yRange[1] - ((e.clientY - r.top) / r.height) * (boundary.yRange[1] - boundary.yRange[0]);
    let best = 0;
    pts.trainRows.forEach((row, i) => {
      const b = pts.trainRows[best]!;
      if (Math.hypot(pts.x[row * 2]! - fx, pts.x[row * 2 + 1]! - fy) < Math.hypot(pts.x[b * 2]! - fx, pts.x[b * 2 + 1]! - fy)) best = i;
    });
    useUi.getState().setFocus(best);
    call("update", { focus: best });
  };
  if (data.kind !== "toy") return null;
  return (
    <figure className="nn-figure">
      <canvas ref={ref} width={S} height={S} role="img" aria-label="Decision boundary with train and test points; click a point to follow it through the network"
        className="nn-boundary" onClick={pick} />
      <figcaption>{!boundary ? "The model's output appears after the first step." : boundary.values.length === boundary.size
          ? "Dots: data (rings: test). Line: the model's prediction." : "Dots: training points; rings: test points. Shade: the model's output. Click a dot to follow it through the network."}</figcaption>
    </figure>
  );
}
