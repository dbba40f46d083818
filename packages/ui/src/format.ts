/** The typographic minus sign (U+2212), used instead of a hyphen for negative numbers. */
export const MINUS = "\u2212";

/** The sign of a number for styling: `"pos"`, `"neg"`, `"zero"`, or `"bad"` for NaN and infinities. */
export type Sign = "pos" | "neg" | "zero" | "bad";

/** Classifies a number's sign; NaN and ±Infinity are `"bad"` so they are never shown as ordinary values. */
export function signOf(x: number): Sign {
  if (!Number.isFinite(x)) return "bad";
  return x > 0 ? "pos" : x < 0 ? "neg" : "zero";
}

/**
 * Formats a number to read: `digits` decimals and a real minus sign; huge (≥ 1e6) and tiny (< 10^−digits)
 * magnitudes switch to exponent form, so a huge value never overflows a cell and a vanishing gradient never
 * reads as zero. No value yet (`undefined`, `null`) is "–"; NaN and infinities are said, never hidden.
 * @example formatNumber(5.954262829429612e138, 2) // "5.95e+138"
 */
export function formatNumber(x: number | null | undefined, digits = 4): string {
  if (x === undefined || x === null) return "–";
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : `${MINUS}∞`;
  if (x === 0) return (0).toFixed(digits);
  const abs = Math.abs(x);
  const body = abs >= 1e6 || abs < 10 ** -digits ? abs.toExponential(2) : abs.toFixed(digits);
  return x < 0 ? `${MINUS}${body}` : body;
}

/**
 * Formats a number with an explicit `+` or `−` glyph, so sign never depends on colour (otherwise as `formatNumber`).
 * @example formatSigned(-1.5, 2) // "−1.50"
 */
export function formatSigned(x: number, digits = 4): string {
  const body = formatNumber(x, digits);
  return x > 0 ? `+${body}` : body;
}

/** A share (0–1) as a percentage with one decimal: `0.123` → `"12.3%"`. */
export function formatShare(share: number): string {
  return Number.isFinite(share) ? `${(100 * share).toFixed(1)}%` : formatNumber(share);
}

/** Formats a count or size compactly (`1234` → `"1,234"`). */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "NaN";
}

/** Parses a number the way a learner types it: accepts `−` and `,` as decimal point; `null` when it is not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/\u2212/g, "-")
    .replace(/^\+/, "")
    .replace(/(\d),(\d)/, "$1.$2");
  if (cleaned === "" || !/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
