import { CurveChart, type CurveSeries } from "@nudge/ui";
import { useMemo } from "react";
import { overlayOf } from "../runs/overlay";
import { useRuns } from "../runs/runs-store";
import { useUi } from "../store/ui-store";

const TONES = ["pos", "neg", "grad", "text", "muted"] as const;
const percent = (v: number) => `${Math.round(v * 100)}%`;
const precise = (v: number) => `${(v * 100).toFixed(1)}%`;

/** The loss and accuracy charts with the ticked runs overlaid, one colour each, and what differed between them. */
export function RunsCharts() {
  const all = useRuns((s) => s.runs);
  const shown = useRuns((s) => s.shown);
  const theme = useUi((s) => s.theme);
  const overlay = useMemo(() => overlayOf(all.filter((r) => shown.includes(r.id))), [all, shown]);
  const series = (pick: "loss" | "accuracy"): CurveSeries[] =>
    overlay.series.flatMap((s, i) => {
      const values = s[pick];
      return values
        ? [{ label: s.label, values: values as number[], tone: TONES[i % TONES.length], spanGaps: true }]
        : [];
    });
  const accuracy = series("accuracy");
  return (
    <div className="nn-curves">
      <p className="nn-runs-legend" data-testid="runs-legend">
        Comparing runs: <strong>{overlay.legend}</strong>{" "}
        <span className="nn-muted">(untick them for the live curve)</span>
      </p>
      <CurveChart title="Loss" x={overlay.x} series={series("loss")} width={316} height={120} logY theme={theme} />
      {accuracy.length > 0 && (
        <CurveChart
          title="Accuracy"
          x={overlay.x}
          series={accuracy}
          width={316}
          height={100}
          yRange={[0, 1]}
          formatY={percent}
          formatValue={precise}
          theme={theme}
        />
      )}
    </div>
  );
}
