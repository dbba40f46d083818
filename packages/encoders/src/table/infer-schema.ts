import { categoryKey, isMissing, parseNumber } from "../levels/cells.js";
import type { EncoderSpec } from "../levels/create.js";
import { orderLevels } from "../levels/scales.js";
import { columnAt, toTable, type TableInput } from "./table.js";

/** How to encode one table column; `exclude` leaves it out of the tensor. */
export type ColumnSchema = EncoderSpec & { name: string; exclude?: boolean };

/** A suggested {@link ColumnSchema} with the reason, for the learner to accept or override. */
export type ColumnSuggestion = ColumnSchema & { reason: string; distinct: number; missingCount: number };

/** Smallest and largest value in one pass (spreading 150,000 numbers into Math.min overflows the stack). */
function range(numbers: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const x of numbers) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return [min, max];
}

function suggest(name: string, keys: string[], numbers: number[], missing: number): ColumnSuggestion {
  const distinct = new Set(keys).size;
  const base = { name, distinct, missingCount: missing };
  if (keys.length === 0) return { ...base, level: "nominal", exclude: true, reason: "Every value is missing." };
  if (numbers.length >= 0.9 * keys.length) {
    const bad = keys.length - numbers.length;
    const note = bad > 0 ? ` (${bad} value${bad > 1 ? "s are" : " is"} not a number: fix or impute)` : "";
    const [min, max] = range(numbers);
    if (distinct <= 2)
      return { ...base, level: "nominal", reason: `Only ${distinct} distinct values: a yes/no kind of column.` };
    if (numbers.every(Number.isInteger) && distinct <= 10 && min >= 0 && max <= 10) {
      return {
        ...base,
        level: "ordinal",
        reason: `A few small whole numbers (${min}–${max}), like a score: ranked, maybe not evenly spaced${note}.`,
      };
    }
    if (min < 0)
      return { ...base, level: "interval", reason: `Numbers below zero, so no natural zero: z-score${note}.` };
    if (min > 0 && max / min >= 100) {
      return {
        ...base,
        level: "ratio",
        transform: "log",
        reason: `Positive numbers spanning ${Math.round(Math.log10(max / min))} orders of magnitude: log, then z-score${note}.`,
      };
    }
    return {
      ...base,
      level: "ratio",
      reason: `Numbers of zero or more, so perhaps a natural zero (use interval if not): z-score${note}.`,
    };
  }
  const levels = orderLevels(keys);
  if (levels)
    return { ...base, level: "ordinal", levels, reason: `Words from a known ordered scale: ${levels.join(" < ")}.` };
  if (distinct === keys.length && keys.length > 10) {
    return {
      ...base,
      level: "nominal",
      exclude: true,
      reason: "Every value differs: probably an identifier, so it is left out.",
    };
  }
  return { ...base, level: "nominal", reason: `${distinct} categories with no order: one-hot.` };
}

/**
 * Suggests a measurement level for every column from its values; the learner can override any.
 *
 * @example
 * inferSchema([{ gene: "PR1", ct: 24.1 }, { gene: "ACT2", ct: 18.3 }, { gene: "PR1", ct: 25.0 }]);
 * // [{ name: "gene", level: "nominal", … }, { name: "ct", level: "ratio", … }]
 */
export function inferSchema(input: TableInput): ColumnSuggestion[] {
  const table = toTable(input);
  return table.columns.map((name, index) => {
    const { values } = columnAt(table, index);
    const present = values.filter((v) => !isMissing(v));
    const numbers = present.map(parseNumber).filter((x): x is number => x !== null);
    return suggest(name, present.map(categoryKey), numbers, values.length - present.length);
  });
}
