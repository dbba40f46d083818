import { CurveFitChart, DecisionBoundary } from "@nudge/ui";
import { useMemo, type MouseEvent } from "react";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { call } from "../training/controls";
import { useTraining } from "../training/training-store";
import { CountsChart } from "./CountsChart";
import { pointsFor, type Points } from "./points";

const S = 150;

function split(pts: Points) {
  const pick = (test: boolean) => {
    const rows = [...pts.y.keys()].filter((i) => (pts.test[i] === 1) === test);
    const features = new Float32Array(rows.length * pts.dim);
    rows.forEach((r, k) => {
      for (let d = 0; d < pts.dim; d++) features[k * pts.dim + d] = pts.x[r * pts.dim + d]!;
    });
    const label = (y: number) => (pts.classes.length > 2 ? Math.round(y) : y > 0.5 ? 1 : 0);
    return { features, labels: rows.map((r) => label(pts.y[r]!)), y: rows.map((r) => pts.y[r]!), rows };
  };
  return { train: pick(false), test: pick(true) };
}

/** The model over the input plane (2-D: @nudge/ui DecisionBoundary; 1-D: CurveFitChart); click a point to follow it. */
export function BoundaryChart() {
  const boundary = useTraining((s) => s.snapshot?.boundary);
  const predictions = useTraining((s) => s.snapshot?.predictions);
  const data = useDoc((s) => s.doc.data);
  const loss = useDoc((s) => s.doc.training.loss);
  const focus = useUi((s) => s.focus);
  const theme = useUi((s) => s.theme);
  const pts = pointsFor(data);
  const parts = useMemo(() => (pts ? split(pts) : null), [pts]);
  if (data.kind !== "toy" || !pts || !parts) return null;
  if (!boundary)
    return <p className="nn-muted nn-boundary-empty">The model's output over the data appears after the first step.</p>;
  if (pts.dim === 1 || boundary.values.length === boundary.size) {
    const xy = (p: typeof parts.train) => ({ x: p.features, y: p.y });
    return (
      <CurveFitChart
        curve={boundary}
        train={xy(parts.train)}
        test={parts.test.rows.length ? xy(parts.test) : undefined}
        width={S + 10}
        height={S}
        theme={theme}
      />
    );
  }
  if (pts.classes.length === 0) return <CountsChart pts={pts} predictions={predictions} size={S} theme={theme} />;
  const [x0, x1] = boundary.xRange;
  const [y0, y1] = boundary.yRange;
  const row = pts.trainRows[focus];
  const pick = (e: MouseEvent<HTMLDivElement>) => {
    const canvas = e.currentTarget.querySelector("canvas");
    if (!canvas) return;
    const r = canvas.getBoundingClientRect();
    const fx = x0 + ((e.clientX - r.left) / r.width) * (x1 - x0);
    const fy = y1 - ((e.clientY - r.top) / r.height) * (y1 - y0);
    const d = (i: number) => Math.hypot(pts.x[i * 2]! - fx, pts.x[i * 2 + 1]! - fy);
    let best = 0;
    pts.trainRows.forEach((rowI, i) => {
      if (d(rowI) < d(pts.trainRows[best]!)) best = i;
    });
    useUi.getState().setFocus(best);
    call("update", { focus: best });
  };
  const bce = loss === "bce" || loss === "mse";
  return (
    <div className="nn-boundary-wrap" onClick={pick} title="Click a training point to follow it through the network">
      <DecisionBoundary
        boundary={{ ...boundary, kind: boundary.kind ?? "score" }}
        domain={bce ? [0, 1] : [-1, 1]}
        train={parts.train}
        test={parts.test.rows.length ? parts.test : undefined}
        classNames={pts.classes.length ? pts.classes : undefined}
        size={S}
        theme={theme}
      />
      {row !== undefined && (
        <span
          className="nn-focus-ring"
          aria-hidden="true"
          style={{
            left: ((pts.x[row * 2]! - x0) / (x1 - x0)) * S,
            top: (1 - (pts.x[row * 2 + 1]! - y0) / (y1 - y0)) * S,
          }}
        />
      )}
    </div>
  );
}
