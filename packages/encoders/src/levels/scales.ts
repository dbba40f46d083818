import { parseNumber, sortKeys } from "./cells.js";

/** Common ordered word scales, lowest first; used to order ordinal columns with no declared levels. */
export const knownScales: readonly (readonly string[])[] = [
  ["none", "low", "medium", "high"],
  ["very low", "low", "medium", "high", "very high"],
  ["low", "mid", "high"],
  ["none", "mild", "moderate", "severe"],
  ["healthy", "mild", "moderate", "severe"],
  ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"],
  ["never", "rarely", "sometimes", "often", "always"],
  ["small", "medium", "large"],
  ["xs", "s", "m", "l", "xl"],
  ["poor", "fair", "good", "very good", "excellent"],
];

/** Levels in order for the observed keys: numeric order, or a known word scale; undefined if unknown. */
export function orderLevels(keys: readonly string[]): string[] | undefined {
  const distinct = [...new Set(keys)];
  if (distinct.length === 0) return undefined;
  if (distinct.every((k) => parseNumber(k) !== null)) return sortKeys(distinct);
  const lower = distinct.map((k) => k.toLowerCase());
  const scale = knownScales.find((s) => lower.every((k) => s.includes(k)));
  if (!scale) return undefined;
  return scale.filter((level) => lower.includes(level)).map((level) => distinct[lower.indexOf(level)] as string);
}
