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

/** Turns either table form into a {@link Table}; a key a record lacks is a missing cell (own keys only). */
export function toTable(input: TableInput): Table {
  if (!Array.isArray(input)) return input as Table;
  const records = input as readonly Record<string, Cell>[];
  const names = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) names.add(key);
  const columns = [...names];
  return { columns, rows: records.map((r) => columns.map((c) => (Object.hasOwn(r, c) ? r[c] : undefined))) };
}

/** One column's values with the context errors need. */
export interface TableColumn {
  values: Cell[];
  context: ColumnContext;
}

/** The column at `index` of a table. */
export function columnAt(table: Table, index: number): TableColumn {
  const name = table.columns[index] as string;
  const context: ColumnContext = { column: name, ...(table.lines ? { lines: table.lines } : {}) };
  return { values: table.rows.map((row) => row[index]), context };
}

/** Looks columns up by name in one pass over the header (wide tables stay linear). */
export function columnsByName(table: Table): (name: string) => TableColumn {
  const indexOf = new Map<string, number>();
  table.columns.forEach((name, i) => indexOf.has(name) || indexOf.set(name, i));
  return (name) => {
    const index = indexOf.get(name);
    if (index === undefined) return fail("COLUMN_NOT_FOUND", name, table.columns);
    return columnAt(table, index);
  };
}
