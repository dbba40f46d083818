import Papa from "papaparse";
import { fail } from "../errors.js";
import type { Table } from "../table/table.js";
import { lineIndex, normalizeNewlines, stripBom } from "./lines.js";

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
  /** Lines of rows whose every field was empty (",,,"): left out of `rows`, listed here. */
  skippedLines: number[];
}

const candidates = [",", "\t", ";", "|"];

function sniff(text: string): string {
  const guess = Papa.parse<string[]>(text, { delimiter: "", newline: "\n", preview: 10, skipEmptyLines: "greedy" });
  if (!guess.errors.some((e) => e.code === "UndetectableDelimiter")) return guess.meta.delimiter;
  const first = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const unquoted = first.replace(/"[^"]*"/g, "");
  const counts = candidates.map((d) => unquoted.split(d).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] ? (candidates[best] as string) : ",";
}

const blank = (row: readonly string[]) => row.every((field) => field.trim() === "");

function checkHeader(columns: readonly string[], line: number): void {
  const seen = new Map<string, number>();
  columns.forEach((name, i) => {
    if (name === "") fail("CSV_BAD_HEADER", { line, column: i + 1 }, "this column has no name");
    if (seen.has(name)) fail("CSV_BAD_HEADER", { line, column: i + 1, value: name }, "this column name repeats");
    seen.set(name, i);
  });
}

/**
 * Parses CSV/TSV text with papaparse (quotes, BOM, sniffed delimiter) into a table of strings.
 * CRLF, LF and lone CR line breaks are all read, even mixed in one file (a line break inside a
 * quoted field reads as "\n"). Blank lines are skipped; a row whose every field is empty is left
 * out and its line listed in `skippedLines`. Every row keeps its true file line; ragged rows and
 * broken quotes are refused with their line.
 *
 * @example
 * const table = parseCsv("gene,ct\nPR1,24.1\n,\nACT2,18.3\n");
 * // { columns: ["gene", "ct"], rows: [["PR1", "24.1"], ["ACT2", "18.3"]], lines: [2, 4], skippedLines: [3], delimiter: "," }
 */
export function parseCsv(input: string, options: CsvOptions = {}): ParsedTable {
  const text = normalizeNewlines(stripBom(input));
  if (text.trim() === "") fail("EMPTY_INPUT", "the file");
  const delimiter = options.delimiter ?? sniff(text);
  const header = options.header ?? true;
  const lineOf = lineIndex(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  const skippedLines: number[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    skipEmptyLines: false,
    step(result) {
      const line = lineOf(start);
      const quotes = result.errors.find((e) => e.code === "MissingQuotes");
      if (quotes) fail("CSV_QUOTES", { line: lineOf(quotes.index ?? start), column: result.data.length });
      const other = result.errors[0];
      if (other) fail("CSV_PARSE", { line, column: result.data.length }, other.message);
      start = result.meta.cursor;
      const names = header && rows.length === 0;
      if (!blank(result.data) || (names && result.data.length > 1)) {
        rows.push(result.data);
        lines.push(line);
      } else if (result.data.length > 1) skippedLines.push(line);
    },
  });
  const columns = header ? (rows.shift() ?? []).map((c) => c.trim()) : (rows[0] ?? []).map((_, i) => `column ${i + 1}`);
  const headerLine = header ? lines.shift() : undefined;
  checkHeader(columns, headerLine ?? 1);
  rows.forEach((row, r) => {
    if (row.length !== columns.length) fail("CSV_RAGGED_ROW", { line: lines[r] as number }, row.length, columns.length);
  });
  return { columns, rows, lines, delimiter, skippedLines };
}

/** Parses tab-separated text; same as {@link parseCsv} with a tab delimiter. */
export function parseTsv(text: string, options: Omit<CsvOptions, "delimiter"> = {}): ParsedTable {
  return parseCsv(text, { ...options, delimiter: "\t" });
}
