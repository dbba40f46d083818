/** The last finite value of a series, or undefined when it has none. */
export function lastFinite(values: ArrayLike<number>): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v !== undefined && v !== null && Number.isFinite(v)) return v;
  }
  return undefined;
}

/**
 * A chart legend's number: the series' latest finite value, 4 significant digits (or `format`), "–" when none.
 * @example formatLegendValue([0.9, 0.16891]) // "0.1689"
 */
export function formatLegendValue(values: ArrayLike<number>, format?: (v: number) => string): string {
  const v = lastFinite(values);
  if (v === undefined) return "–";
  if (format) return format(v);
  const abs = Math.abs(v);
  return abs !== 0 && (abs < 1e-3 || abs >= 1e5) ? v.toExponential(2) : String(Number(v.toPrecision(4)));
}

/**
 * An x-axis tick (steps or epochs) that fits under a small chart: up to 3 significant digits with k/M/G,
 * never "1e+6" (`2000` → "2k", `1500000` → "1.5M", `0.5` → "0.5").
 * @example formatAxisCount(25000) // "25k"
 */
export function formatAxisCount(v: number): string {
  if (!Number.isFinite(v)) return "";
  const rounded = Number(v.toPrecision(3));
  for (const [size, suffix] of [
    [1e9, "G"],
    [1e6, "M"],
    [1e3, "k"],
  ] as const)
    if (Math.abs(rounded) >= size) return `${Number((rounded / size).toPrecision(3))}${suffix}`;
  return String(rounded);
}

const mantissa = (v: number) => Number((v / 10 ** Math.floor(Math.log10(v) + 1e-9)).toPrecision(3));

/**
 * Log-axis ticks worth a grid line: decades only, or 1-2-5 steps when the range spans less than two decades.
 * Returns uPlot's filtered splits (null = no tick, label or grid line).
 */
export function logGridFilter(splits: readonly number[]): (number | null)[] {
  const keep = (allowed: readonly number[]) => splits.map((v) => (v > 0 && allowed.includes(mantissa(v)) ? v : null));
  const decades = keep([1]);
  return decades.filter((v) => v !== null).length >= 2 ? decades : keep([1, 2, 5]);
}

/** A hex theme colour at about 55% opacity (grid lines that stay in the background); other colours unchanged. */
export function softColour(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? `${colour}8c` : colour;
}
