import Papa from "papaparse";
import { fail } from "../errors.js";
import type { Table } from "../table/table.js";
import { lineIndex, stripBom } from "./lines.js";

/** Options of {@link parseCsv}. */
export interface CsvOptions {
  /** Field delimiter; sniffed from the text when omitted (",", tab, ";" or "|"). */
  delimiter?: string;
  /** First row holds column names (default true); otherwise columns are "column 1", "column 2", … */
  header?: boolean;
}

/** A parsed CSV/TSV: a {@link Table} with each row's line and the delimiter used. */
export interface ParsedTable extends Table {
  lines: number[];
  delimiter: string;
}

const candidates = [",", "\t", ";", "|"];

function sniff(text: string): string {
  const guess = Papa.parse<string[]>(text, { delimiter: "", preview: 10, skipEmptyLines: "greedy" });
  if (!guess.errors.some((e) => e.code === "UndetectableDelimiter")) return guess.meta.delimiter;
  const first = text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  const unquoted = first.replace(/"[^"]*"/g, "");
  const counts = candidates.map((d) => unquoted.split(d).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] ? (candidates[best] as string) : ",";
}

/**
 * Parses CSV/TSV text with papaparse (quotes, BOM, CRLF, delimiter sniffing) into a table of
 * strings; ragged rows and broken quotes are refused with their line.
 *
 * @example
 * const table = parseCsv("gene,ct\nPR1,24.1\nACT2,18.3\n");
 * // { columns: ["gene", "ct"], rows: [["PR1", "24.1"], ["ACT2", "18.3"]], lines: [2, 3], delimiter: "," }
 */
export function parseCsv(input: string, options: CsvOptions = {}): ParsedTable {
  const text = stripBom(input);
  if (text.trim() === "") fail("EMPTY_INPUT", "the file");
  const delimiter = options.delimiter ?? sniff(text);
  const lineOf = lineIndex(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: "greedy",
    step(result) {
      while (start < text.length && /\s/.test(text[start] as string)) start++;
      const line = lineOf(start);
      const quotes = result.errors.find((e) => e.code === "MissingQuotes");
      if (quotes) fail("CSV_QUOTES", { line: lineOf(quotes.index ?? start), column: result.data.length });
      const other = result.errors[0];
      if (other) fail("CSV_PARSE", { line, column: result.data.length }, other.message);
      rows.push(result.data);
      lines.push(line);
      start = result.meta.cursor;
    },
  });
  const header = options.header ?? true;
  const columns = header ? (rows.shift() ?? []).map((c) => c.trim()) : (rows[0] ?? []).map((_, i) => `column ${i + 1}`);
  const headerLine = header ? lines.shift() : undefined;
  columns.forEach((name, i) => {
    if (name === "") fail("CSV_BAD_HEADER", { line: headerLine ?? 1, column: i + 1 }, "this column has no name");
    if (columns.indexOf(name) !== i) fail("CSV_BAD_HEADER", { line: headerLine ?? 1, column: i + 1, value: name }, "this column name repeats");
  });
  rows.forEach((row, r) => {
    if (row.length !== columns.length) fail("CSV_RAGGED_ROW", { line: lines[r] as number }, row.length, columns.length);
  });
  return { columns, rows, lines, delimiter };
}

/** Parses tab-separated text; same as {@link parseCsv} with a tab delimiter. */
export function parseTsv(text: string, options: Omit<CsvOptions, "delimiter"> = {}): ParsedTable {
  return parseCsv(text, { ...options, delimiter: "\t" });
}
