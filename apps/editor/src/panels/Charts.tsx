import { stepsPerEpoch } from "@nudge/graph";
import { AccuracyChart, LossChart, SelectField } from "@nudge/ui";
import { useMemo, useState } from "react";
import { RunsCharts } from "./RunsCharts";
import { useRuns } from "../runs/runs-store";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { useTraining } from "../training/training-store";
import { useThrottled } from "./throttle";

const NONE = Number.NaN;
/** Curves redraw at most this often while training (each redraw repaints two uPlot canvases). */
const CHART_MS = 250;

const UNITS = [
  { value: "steps", label: "steps" },
  { value: "epochs", label: "epochs" },
] as const;

/**
 * Loss and accuracy against steps or epochs (uPlot charts from @nudge/ui; an epoch is graph's `stepsPerEpoch`);
 * the ticked runs instead, when some are ticked.
 */
export function Charts() {
  const curve = useThrottled(
    useTraining((s) => s.curve),
    CHART_MS,
  );
  const theme = useUi((s) => s.theme);
  const [unit, setUnit] = useState<"steps" | "epochs">("steps");
  const rows = useTraining((s) => s.snapshot?.predictions?.train.length);
  const perEpoch = useDoc((s) => stepsPerEpoch(s.doc.training, rows ?? (s.doc.data.kind === "toy" ? s.doc.data.n : 0)));
  const scale = unit === "epochs" ? perEpoch : 1;
  const series = useMemo(
    () => ({
      steps: curve.map((p) => p.step / scale),
      loss: curve.map((p) => p.loss),
      testLoss: curve.some((p) => p.testLoss !== undefined) ? curve.map((p) => p.testLoss ?? NONE) : undefined,
      devLoss: curve.some((p) => p.devLoss !== undefined) ? curve.map((p) => p.devLoss ?? NONE) : undefined,
      train: curve.map((p) => p.trainAccuracy ?? NONE),
      test: curve.some((p) => p.testAccuracy !== undefined) ? curve.map((p) => p.testAccuracy ?? NONE) : undefined,
    }),
    [curve, scale],
  );
  const comparing = useRuns((s) => s.shown.length > 0);
  if (comparing) return <RunsCharts />;
  if (curve.length === 0 || (curve.length === 1 && curve[0]!.step === 0))
    return <p className="nn-muted nn-chart-empty">Loss and accuracy curves appear here while training.</p>;
  return (
    <div className="nn-curves">
      <SelectField label="curves against" value={unit} options={UNITS} onChange={setUnit} />
      <LossChart
        steps={series.steps}
        loss={series.loss}
        testLoss={series.testLoss}
        devLoss={series.devLoss}
        width={316}
        height={120}
        logScale
        theme={theme}
      />
      {curve.some((p) => p.trainAccuracy !== undefined) && (
        <AccuracyChart
          steps={series.steps}
          trainAccuracy={series.train}
          testAccuracy={series.test}
          width={316}
          height={100}
          theme={theme}
        />
      )}
    </div>
  );
}
