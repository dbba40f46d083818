import { useEffect, useRef } from "react";
import { useTraining, type CurvePoint } from "../training/training-store";

const W = 300;
const H = 110;

function draw(ctx: CanvasRenderingContext2D, pts: CurvePoint[], css: CSSStyleDeclaration) {
  ctx.clearRect(0, 0, W, H);
  ctx.font = "11px system-ui";
  ctx.fillStyle = css.getPropertyValue("--nudge-text-muted") || "#555";
  if (pts.length < 2) { ctx.fillText("Loss and accuracy appear here while training.", 8, H / 2); return; }
  const last = pts[pts.length - 1]!.step;
  const first = pts[0]!.step;
  const x = (s: number) => 30 + ((s - first) / Math.max(1, last - first)) * (W - 36);
  const losses = pts.map((p) => p.loss).filter(Number.isFinite);
  const hi = Math.max(...losses, 1e-9);
  const line = (vals: (number | undefined)[], top: number, colour: string, dash: number[]) => {
    ctx.strokeStyle = colour; ctx.setLineDash(dash); ctx.lineWidth = 1.5; ctx.beginPath();
    let started = false;
    vals.forEach((v, i) => {
      if (v === undefined || !Number.isFinite(v)) return;
      const px = x(pts[i]!.step);
      const py = 8 + (1 - v / top) * (H - 24);
      if (started) ctx.lineTo(px, py); else { ctx.moveTo(px, py); started = true; }
    });
    ctx.stroke(); ctx.setLineDash([]);
  };
  line(pts.map((p) => p.loss), hi, css.getPropertyValue("--nudge-grad") || "#a37", []);
  line(pts.map((p) => p.trainAccuracy), 1, css.getPropertyValue("--nudge-pos") || "#2166ac", []);
  line(pts.map((p) => p.testAccuracy), 1, css.getPropertyValue("--nudge-neg") || "#b35806", [4, 3]);
  ctx.fillText(hi.toPrecision(2), 2, 14);
  ctx.fillText("0", 2, H - 14);
  ctx.fillText(`step ${last}`, W - 60, H - 2);
}

/** Loss (left scale) and train/test accuracy (0–1) against steps, on a canvas. */
export function LossChart() {
  const ref = useRef<HTMLCanvasElement>(null);
  const curve = useTraining((s) => s.curve);
  useEffect(() => {
    const ctx = ref.current?.getContext("2d");
    if (ctx) draw(ctx, curve, getComputedStyle(ref.current!));
  }, [curve]);
  return (
    <figure className="nn-figure">
      <canvas ref={ref} width={W} height={H} role="img" aria-label="Loss and accuracy curves" />
      <figcaption>
        <span className="nn-key nn-key-loss">loss</span> <span className="nn-key nn-key-train">train acc</span>{" "}
        <span className="nn-key nn-key-test">test acc (dashed)</span>
      </figcaption>
    </figure>
  );
}
