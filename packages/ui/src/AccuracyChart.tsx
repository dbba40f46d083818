import { CurveChart } from "./CurveChart.js";

export interface AccuracyChartProps {
  steps: ArrayLike<number>;
  /** Training accuracy per step, 0–1. */
  trainAccuracy: ArrayLike<number>;
  /** Test accuracy per step, 0–1. */
  testAccuracy?: ArrayLike<number>;
  width?: number;
  height?: number;
  theme?: string;
}

const percent = (v: number) => `${Math.round(v * 100)}%`;
const precise = (v: number) => `${(v * 100).toFixed(1)}%`;

/** Training (solid) and test (dashed) accuracy against steps, on a fixed 0–100% axis. */
export function AccuracyChart({ steps, trainAccuracy, testAccuracy, width, height, theme }: AccuracyChartProps) {
  const series: { label: string; values: ArrayLike<number>; tone: "pos" | "grad"; dashed?: boolean }[] = [
    { label: "train acc", values: trainAccuracy, tone: "pos" },
  ];
  if (testAccuracy) series.push({ label: "test acc", values: testAccuracy, tone: "grad", dashed: true });
  return (
    <CurveChart
      title="Accuracy"
      x={steps}
      series={series}
      width={width}
      height={height}
      yRange={[0, 1]}
      formatY={percent}
      formatValue={precise}
      theme={theme}
    />
  );
}
