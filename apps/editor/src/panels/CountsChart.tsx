import { CurveFitChart } from "@nudge/ui";
import type { Predictions } from "@nudge/runtime";
import type { Points } from "./points";

const N = 64;

/**
 * Regression on two features (e.g. lesion counts against humidity and temperature): each training
 * row's observed value against the model's prediction, with the line observed = predicted.
 */
export function CountsChart({
  pts,
  predictions,
  size,
  theme,
}: {
  pts: Points;
  predictions?: Predictions;
  size: number;
  theme: string;
}) {
  if (!predictions)
    return <p className="nn-muted nn-boundary-empty">Observed against predicted appears after the first step.</p>;
  const observed = pts.trainRows.map((r) => pts.y[r]!);
  const top = Math.max(1, ...observed, ...Array.from(predictions.train).filter(Number.isFinite));
  const line = {
    size: N,
    xRange: [0, top] as const,
    values: Array.from({ length: N }, (_, i) => ((i + 0.5) / N) * top),
  };
  return (
    <figure className="nn-counts" aria-label="Observed against predicted">
      <CurveFitChart
        curve={line}
        train={{ x: predictions.train, y: observed }}
        yRange={[0, top]}
        width={size + 10}
        height={size}
        theme={theme}
      />
      <figcaption className="nn-muted">
        observed (up) against predicted (across); the line is observed = predicted
      </figcaption>
    </figure>
  );
}
