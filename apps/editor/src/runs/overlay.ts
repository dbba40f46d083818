import { runDifferences, runName, type RunRecord } from "@nudge/graph";

/** One overlaid run: its label and its values on the shared x axis (null where it has no point). */
export interface OverlaySeries {
  id: string;
  label: string;
  loss: (number | null)[];
  accuracy?: (number | null)[];
}

/** Runs' curves on one x axis (every step any of them recorded), with the legend naming what differed. */
export interface Overlay {
  legend: string;
  x: number[];
  series: OverlaySeries[];
}

/**
 * Puts runs' loss and train-accuracy curves on one shared step axis for the charts; labels and legend come from
 * @nudge/graph's `runDifferences` ("lr 0.1 vs 0.5"), a single run is named by `runName`.
 */
export function overlayOf(runs: readonly RunRecord[]): Overlay {
  const x = [...new Set(runs.flatMap((r) => r.curve.step))].sort((a, b) => a - b);
  const at = new Map(x.map((step, i) => [step, i]));
  const diff = runs.length === 1 ? { legend: runName(runs[0]!), labels: [runName(runs[0]!)] } : runDifferences(runs);
  const spread = (steps: number[], values: (number | null)[]) => {
    const out: (number | null)[] = new Array<number | null>(x.length).fill(null);
    steps.forEach((step, i) => (out[at.get(step)!] = values[i] ?? null));
    return out;
  };
  return {
    legend: diff.legend,
    x,
    series: runs.map((r, i) => ({
      id: r.id,
      label: diff.labels[i]!,
      loss: spread(r.curve.step, r.curve.loss),
      ...(r.curve.trainAccuracy ? { accuracy: spread(r.curve.step, r.curve.trainAccuracy) } : {}),
    })),
  };
}
