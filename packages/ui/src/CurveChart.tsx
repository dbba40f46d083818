import { useEffect, useEffectEvent, useRef } from "react";
import uPlot from "uplot";
import { formatAxisCount, formatLegendValue, logGridFilter, softColour } from "./chart-axes.js";
import { readThemeColours, type ThemeColours } from "./theme-colours.js";

/** One line of a `CurveChart`. */
export interface CurveSeries {
  label: string;
  values: ArrayLike<number>;
  /** Theme colour of the line; default `"pos"`. */
  tone?: "pos" | "neg" | "grad" | "text" | "muted";
  /** Dashed line (used for the held-out/test curve). */
  dashed?: boolean;
  /** Draw the line across missing values (NaN or null), e.g. runs recorded at different steps on one x axis. */
  spanGaps?: boolean;
}

export interface CurveChartProps {
  /** Accessible name of the chart, e.g. `"Loss"`. */
  title: string;
  /** x values (training steps or epochs), increasing; ticks read "2k", "1.5M" (`formatAxisCount`). */
  x: ArrayLike<number>;
  series: readonly CurveSeries[];
  /** Width in CSS pixels; default: follow the container's width. */
  width?: number;
  height?: number;
  /** Fixed y range; default: fit the data. */
  yRange?: readonly [number, number];
  /** Logarithmic y axis (loss curves over many orders of magnitude). */
  logY?: boolean;
  /** Formats y tick labels, e.g. as percentages. */
  formatY?: (v: number) => string;
  /** Formats the latest value in the legend; default `formatY`, else 4 significant digits. */
  formatValue?: (v: number) => string;
  /** Change it (e.g. to the current theme name) to redraw with the theme's colours. */
  theme?: string;
}

function options(p: CurveChartProps, c: ThemeColours, width: number): uPlot.Options {
  const soft = softColour(c.border);
  const axis = {
    stroke: c.muted,
    grid: { stroke: soft, width: 1 },
    ticks: { stroke: soft, width: 1, size: 4 },
    font: "11px system-ui, sans-serif",
  };
  return {
    width,
    height: p.height ?? 180,
    // The legend is drawn by React below the canvas: series name and its latest value, never a cursor dash.
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false },
      y: p.logY ? { distr: 3, log: 10 } : p.yRange ? { auto: false, range: [p.yRange[0], p.yRange[1]] } : {},
    },
    axes: [
      { ...axis, size: 30, space: 44, values: (_u: uPlot, ticks: number[]) => ticks.map(formatAxisCount) },
      {
        ...axis,
        size: 48,
        values: p.formatY ? (_u, ticks) => ticks.map((t) => p.formatY!(t)) : undefined,
        ...(p.logY
          ? {
              filter: (_u: uPlot, splits: number[]) => logGridFilter(splits),
              grid: { ...axis.grid, filter: (_u: uPlot, splits: number[]) => logGridFilter(splits) },
              ticks: { ...axis.ticks, filter: (_u: uPlot, splits: number[]) => logGridFilter(splits) },
            }
          : {}),
      },
    ],
    series: [
      { label: "step" },
      ...p.series.map((s) => ({
        label: s.label,
        stroke: c[s.tone ?? "pos"],
        width: 1.5,
        dash: s.dashed ? [6, 4] : undefined,
        spanGaps: s.spanGaps ?? false,
        points: { show: false },
        value: p.formatY ? (_u: uPlot, v: number | null) => (v == null ? "–" : p.formatY!(v)) : undefined,
      })),
    ],
  };
}

const toneVar = {
  pos: "var(--nudge-pos)",
  neg: "var(--nudge-neg)",
  grad: "var(--nudge-grad)",
  text: "var(--nudge-text)",
  muted: "var(--nudge-text-muted)",
} as const;

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
  const shown = useRef<readonly unknown[]>([]);
  const { width, height, logY, theme, series } = props;
  const shape = series.map((s) => `${s.label}:${s.tone}:${s.dashed}:${s.spanGaps}`).join("|");
  const [yMin, yMax] = props.yRange ?? [];
  // Reads the latest props when the chart is (re)built, without making every prop a rebuild trigger.
  const createChart = useEffectEvent((el: HTMLDivElement) => {
    shown.current = [props.x, ...series.map((s) => s.values)];
    return new uPlot(options(props, readThemeColours(el), width ?? (el.clientWidth || 360)), dataOf(props), el);
  });
  useEffect(() => {
    const el = host.current!;
    const chart = createChart(el);
    plot.current = chart;
    const fit = () => {
      const w = el.clientWidth || 360;
      if (w !== chart.width) chart.setSize({ width: w, height: height ?? 180 });
    };
    const observer = width === undefined ? new ResizeObserver(fit) : undefined;
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      chart.destroy();
      plot.current = null;
    };
    // Rebuild only when the chart's layout or theme changes; data goes through setData below.
  }, [width, height, logY, theme, shape, yMin, yMax]);
  useEffect(() => {
    const arrays = [props.x, ...series.map((s) => s.values)];
    if (arrays.length === shown.current.length && arrays.every((a, i) => a === shown.current[i])) return;
    shown.current = arrays;
    plot.current?.setData(dataOf(props));
  });
  return (
    <div className="nudge-chart-figure">
      <div ref={host} className="nudge-chart" role="img" aria-label={props.title} />
      <div className="nudge-chart__legend">
        {series.map((s) => (
          <span key={s.label} className="nudge-chart__series" data-series={s.label}>
            <svg width="18" height="8" aria-hidden>
              <line
                x1="1"
                x2="17"
                y1="4"
                y2="4"
                stroke={toneVar[s.tone ?? "pos"]}
                strokeWidth="2"
                strokeDasharray={s.dashed ? "4 3" : undefined}
              />
            </svg>
            {s.label}{" "}
            <span className="nudge-chart__value">
              {formatLegendValue(s.values, props.formatValue ?? props.formatY)}
            </span>
          </span>
        ))}
      </div>
    </div>
  );
}
