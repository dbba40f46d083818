import { useEffect, useRef } from "react";
import uPlot from "uplot";
import { readThemeColours, type ThemeColours } from "./theme-colours.js";

/** One line of a `CurveChart`. */
export interface CurveSeries {
  label: string;
  values: ArrayLike<number>;
  /** Theme colour of the line; default `"pos"`. */
  tone?: "pos" | "neg" | "grad" | "text" | "muted";
  /** Dashed line (used for the held-out/test curve). */
  dashed?: boolean;
}

export interface CurveChartProps {
  /** Accessible name of the chart, e.g. `"Loss"`. */
  title: string;
  /** x values (usually training steps), increasing. */
  x: ArrayLike<number>;
  series: readonly CurveSeries[];
  width?: number;
  height?: number;
  /** Fixed y range; default: fit the data. */
  yRange?: readonly [number, number];
  /** Logarithmic y axis (loss curves over many orders of magnitude). */
  logY?: boolean;
  /** Formats y tick labels, e.g. as percentages. */
  formatY?: (v: number) => string;
  /** Change it (e.g. to the current theme name) to redraw with the theme's colours. */
  theme?: string;
}

function options(p: CurveChartProps, c: ThemeColours): uPlot.Options {
  const axis = { stroke: c.muted, grid: { stroke: c.border, width: 1 }, ticks: { stroke: c.border, width: 1 }, font: "11px system-ui, sans-serif" };
  return {
    width: p.width ?? 360,
    height: p.height ?? 180,
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false },
      y: p.logY ? { distr: 3 } : p.yRange ? { auto: false, range: [p.yRange[0], p.yRange[1]] } : {},
    },
    axes: [
      { ...axis, size: 30 },
      { ...axis, size: 48, values: p.formatY ? (_u, ticks) => ticks.map((t) => p.formatY!(t)) : undefined },
    ],
    series: [
      { label: "step" },
      ...p.series.map((s) => ({
        label: s.label,
        stroke: c[s.tone ?? "pos"],
        width: 1.5,
        dash: s.dashed ? [6, 4] : undefined,
        points: { show: false },
        value: p.formatY ? (_u: uPlot, v: number | null) => (v == null ? "–" : p.formatY!(v)) : undefined,
      })),
    ],
  };
}

function dataOf(p: CurveChartProps): uPlot.AlignedData {
  return [p.x as number[], ...p.series.map((s) => s.values as number[])];
}

/**
 * Line chart on canvas (uPlot): thousands of points, cheap live updates via `setData`.
 * @example <CurveChart title="Loss" x={steps} series={[{ label: "train", values: loss }]} />
 */
export function CurveChart(props: CurveChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const { width, height, logY, theme, series } = props;
  const shape = series.map((s) => `${s.label}:${s.tone}:${s.dashed}`).join("|");
  useEffect(() => {
    const el = host.current!;
    const chart = new uPlot(options(props, readThemeColours(el)), dataOf(props), el);
    plot.current = chart;
    return () => {
      chart.destroy();
      plot.current = null;
    };
    // Rebuild only when the chart's layout or theme changes; data goes through setData below.
  }, [width, height, logY, theme, shape, props.yRange?.[0], props.yRange?.[1]]);
  useEffect(() => {
    plot.current?.setData(dataOf(props));
  });
  return <div ref={host} className="nudge-chart" role="img" aria-label={props.title} />;
}
