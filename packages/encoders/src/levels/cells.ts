import { fail, type Place } from "../errors.js";

/** One table cell as it arrives from a parser or a JS object. */
export type Cell = string | number | boolean | null | undefined;

/** Where a column's values came from, so errors can name the line and column. */
export interface ColumnContext {
  column?: string;
  /** Source file line of each value (same order as the values). */
  lines?: readonly number[];
}

/** Strings that mean "no value" (compared after trimming). */
export const missingMarkers: readonly string[] = ["", "NA", "N/A", "na", "n/a", "NaN", "nan", "null", "NULL", "?"];

/** True for null, undefined, NaN and the strings in {@link missingMarkers}. */
export function isMissing(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "number") return Number.isNaN(cell);
  if (typeof cell === "string") return missingMarkers.includes(cell.trim());
  return false;
}

export function placeOf(context: ColumnContext | undefined, index: number, value?: Cell): Place {
  const line = context?.lines?.[index];
  return {
    ...(line !== undefined ? { line } : { row: index + 1 }),
    ...(context?.column !== undefined ? { column: context.column } : {}),
    ...(value !== undefined ? { value } : {}),
  };
}

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parses a number strictly ("1e3", "-0.5"; not "1,5", "12kg" or Infinity), or null if it is not one. */
export function parseNumber(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (!numberPattern.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Numbers of a column, with null for missing cells; a non-number raises NOT_A_NUMBER with its place. */
export function toNumbers(values: readonly Cell[], context?: ColumnContext): (number | null)[] {
  return values.map((cell, i) => {
    if (isMissing(cell)) return null;
    const value = parseNumber(cell);
    if (value === null) fail("NOT_A_NUMBER", placeOf(context, i, cell));
    return value;
  });
}

/** The text key of a categorical cell: numbers in canonical form ("3.0" → "3"), strings trimmed. */
export function categoryKey(cell: Cell): string {
  if (typeof cell === "number") return String(cell);
  const text = String(cell).trim();
  const n = parseNumber(text);
  return n === null ? text : String(n);
}

/** Sorts category keys: numerically when all are numbers, else by code point. */
export function sortKeys(keys: Iterable<string>): string[] {
  const list = [...new Set(keys)];
  const numeric = list.every((k) => parseNumber(k) !== null);
  return numeric ? list.sort((a, b) => Number(a) - Number(b)) : list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function formatVector(values: ArrayLike<number>): string {
  return `[${Array.from(values, (v) => String(Math.round(v * 1000) / 1000)).join(", ")}]`;
}

export function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}
