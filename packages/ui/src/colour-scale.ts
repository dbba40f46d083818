/** An RGB triple, each channel 0–255. */
export type Rgb = readonly [number, number, number];

// ColorBrewer PuOr-like diverging ramp (orange ↔ light grey ↔ blue); safe for deuteranopia and protanopia.
const diverging: readonly Rgb[] = [
  [179, 88, 6],
  [224, 130, 20],
  [253, 184, 99],
  [254, 224, 182],
  [243, 243, 243],
  [209, 229, 240],
  [146, 197, 222],
  [67, 147, 195],
  [33, 102, 172],
];
// Sequential light-to-blue ramp for counts.
const sequential: readonly Rgb[] = [
  [247, 251, 255],
  [198, 219, 239],
  [107, 174, 214],
  [33, 113, 181],
  [8, 48, 107],
];

function ramp(stops: readonly Rgb[], t: number): Rgb {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0.5)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i]!;
  const b = stops[i + 1]!;
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}

/**
 * Maps a value to the diverging orange (low) – grey (middle) – blue (high) scale over `domain`.
 * @example divergingColour(0.9, [-1, 1]) // a blue
 */
export function divergingColour(value: number, domain: readonly [number, number] = [-1, 1]): Rgb {
  const [lo, hi] = domain;
  return ramp(diverging, hi === lo ? 0.5 : (value - lo) / (hi - lo));
}

/** Maps a value in `[0, max]` to a light-to-dark blue sequential scale (for counts). */
export function sequentialColour(value: number, max: number): Rgb {
  return ramp(sequential, max > 0 ? value / max : 0);
}

/** Formats an RGB triple as a CSS colour. */
export function rgbCss([r, g, b]: Rgb): string {
  return `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)})`;
}
