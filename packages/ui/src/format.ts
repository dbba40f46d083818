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
 * Formats a number with an explicit `+` or `−` glyph, so sign never depends on colour.
 * Tiny and huge magnitudes switch to exponent form, so a vanishing gradient never reads as zero.
 * @example formatSigned(-1.5, 2) // "−1.50"
 */
export function formatSigned(x: number, digits = 4): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "+∞" : `${MINUS}∞`;
  if (x === 0) return (0).toFixed(digits);
  const abs = Math.abs(x);
  const body = abs >= 1e6 || abs < 10 ** -digits ? abs.toExponential(2) : abs.toFixed(digits);
  return `${x > 0 ? "+" : MINUS}${body}`;
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
