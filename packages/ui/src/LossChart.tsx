import { CurveChart, type CurveSeries } from "./CurveChart.js";

export interface LossChartProps {
  steps: ArrayLike<number>;
  /** Training loss per step. */
  loss: ArrayLike<number>;
  /** Held-out loss per step (same length as `steps`; NaN or null where not measured). */
  testLoss?: ArrayLike<number>;
  /** Loss on the dev split per step (language models), drawn dotted. */
  devLoss?: ArrayLike<number>;
  width?: number;
  height?: number;
  logScale?: boolean;
  theme?: string;
}

/** Training (solid) and test (dashed) loss against steps. */
export function LossChart({ steps, loss, testLoss, devLoss, width, height, logScale, theme }: LossChartProps) {
  const series: CurveSeries[] = [{ label: "train loss", values: loss, tone: "pos" }];
  if (testLoss) series.push({ label: "test loss", values: testLoss, tone: "grad", dashed: true });
  if (devLoss) series.push({ label: "dev loss", values: devLoss, tone: "grad", dashed: true });
  return (
    <CurveChart title="Loss" x={steps} series={series} width={width} height={height} logY={logScale} theme={theme} />
  );
}
