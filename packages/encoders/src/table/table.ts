import { fail } from "../errors.js";
import type { Cell, ColumnContext } from "../levels/cells.js";

/** A parsed table: column names, rows of cells, and optionally each row's source line. */
export interface Table {
  columns: string[];
  rows: Cell[][];
  /** 1-based file line where each row starts (parsers fill it in, so errors can name it). */
  lines?: number[];
}

/** A {@link Table}, or plain objects keyed by column name. */
export type TableInput = Table | readonly Record<string, Cell>[];

/** Turns either table form into a {@link Table}. */
export function toTable(input: TableInput): Table {
  if (!Array.isArray(input)) return input as Table;
  const records = input as readonly Record<string, Cell>[];
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return { columns, rows: records.map((r) => columns.map((c) => r[c])) };
}

/** One column's values with the context errors need. */
export function column(table: Table, name: string): { values: Cell[]; context: ColumnContext } {
  const index = table.columns.indexOf(name);
  if (index < 0) fail("COLUMN_NOT_FOUND", name, table.columns);
  const context: ColumnContext = { column: name, ...(table.lines ? { lines: table.lines } : {}) };
  return { values: table.rows.map((row) => row[index]), context };
}
