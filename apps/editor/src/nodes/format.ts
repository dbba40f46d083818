/** Compact number for a node face: 4 significant digits, no "-0". */
export function fmt(x: number | null | undefined, digits = 4): string {
  if (x === undefined || x === null || Number.isNaN(x)) return "–";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  const v = Math.abs(x) < 1e-12 ? 0 : x;
  const a = Math.abs(v);
  const s = a !== 0 && (a >= 1e5 || a < 1e-3) ? v.toExponential(2) : v.toFixed(digits);
  return s.replace("-", "−");
}

/** Sign described in words and line style, never by colour alone. */
export function signWord(x: number): string {
  return x > 0 ? "positive" : x < 0 ? "negative" : "zero";
}
