// Generators of hostile CSV and FASTA text for the fuzz suite, each with the answer it must parse to.
// Lines are counted here with one regex over the raw text, independently of the parsers' own counting.
import fc from "fast-check";

export const prototypeNames = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "prototype",
];

const styles = ["lf", "crlf", "cr", "mixed"] as const;
type Style = (typeof styles)[number];
const breaks = { lf: "\n", crlf: "\r\n", cr: "\r" } as const;

/** 1-based line of `offset`: every CRLF, LF and lone CR before it is one line break. */
export function lineAt(text: string, offset: number): number {
  return 1 + (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0);
}

/** Joins lines with the style's breaks; a lone CR is never followed by an empty line's LF (that would read as one CRLF). */
function joinLines(
  lines: readonly string[],
  style: Style,
  picks: readonly number[],
  last: boolean,
): { text: string; starts: number[] } {
  let text = "";
  const starts: number[] = [];
  lines.forEach((line, i) => {
    starts.push(text.length);
    text += line;
    if (i === lines.length - 1 && !last) return;
    let end: string =
      style === "mixed" ? Object.values(breaks)[(picks[i % picks.length] as number) % 3]! : breaks[style];
    const next = lines[i + 1];
    if (end === "\r" && next !== undefined && (next === "" || next.startsWith("\n"))) end = "\r\n";
    text += end;
  });
  return { text, starts };
}

export interface CsvCase {
  text: string;
  delimiter: string;
  columns: string[];
  rows: string[][];
  lines: number[];
  skippedLines: number[];
  /** Offset in `text` where each of `rows` starts. */
  starts: number[];
}

const cellPart = fc.constantFrom(
  "a",
  "B",
  "7",
  " ",
  ".",
  "é",
  '"',
  ",",
  ";",
  "\t",
  "|",
  "\n",
  "\r\n",
  "\r",
  "",
  "__proto__",
);
const cell = fc.array(cellPart, { maxLength: 5 }).map((parts) => parts.join(""));
const name = fc.oneof(fc.constantFrom(...prototypeNames), fc.stringMatching(/^[a-z][a-z0-9 ,;"|]{0,6}[a-z0-9]$/));

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A table written as CSV with mixed line endings, blank lines and rows of empty fields, plus what parseCsv must return. */
export const csvCase: fc.Arbitrary<CsvCase> = fc
  .record({
    delimiter: fc.constantFrom(",", "\t", ";", "|"),
    style: fc.constantFrom(...styles),
    picks: fc.array(fc.nat(2), { minLength: 1, maxLength: 9 }),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
    columns: fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
    body: fc.array(
      fc.record({
        blankBefore: fc.constantFrom("", " ", null, null),
        empty: fc.boolean(),
        cells: fc.array(cell, { minLength: 6, maxLength: 6 }),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ delimiter, style, picks, bom, finalBreak, columns, body }) => {
    const k = columns.length;
    const physical: string[] = [columns.map((c) => quote(c, delimiter)).join(delimiter)];
    const kinds: ("header" | "row" | "filler")[] = ["header"];
    const values: string[][] = [];
    for (const { blankBefore, empty, cells } of body) {
      if (blankBefore !== null) {
        physical.push(blankBefore);
        kinds.push("filler");
      }
      const row = empty ? Array.from({ length: k }, () => "") : cells.slice(0, k);
      physical.push(row.map((v) => quote(v, delimiter)).join(delimiter));
      kinds.push("row");
      values.push(row.map((v) => v.replace(/\r\n?/g, "\n")));
    }
    const joined = joinLines(physical, style, picks, finalBreak);
    const prefix = bom ? "\ufeff" : "";
    const text = prefix + joined.text;
    const rowStarts = joined.starts.filter((_, i) => kinds[i] === "row").map((s) => s + prefix.length);
    const out: CsvCase = { text, delimiter, columns, rows: [], lines: [], skippedLines: [], starts: [] };
    values.forEach((row, r) => {
      const line = lineAt(text, rowStarts[r] as number);
      if (row.some((v) => v.trim() !== "")) {
        out.rows.push(row);
        out.lines.push(line);
        out.starts.push(rowStarts[r] as number);
      } else if (k > 1) out.skippedLines.push(line);
    });
    return out;
  });

export interface FastaCase {
  text: string;
  alphabet: "dna" | "protein" | undefined;
  records: { id: string; description: string; sequence: string; line: number }[];
  /** Offset and 0-based column of every residue line's start, to inject a bad character. */
  residueLines: { offset: number }[];
}

const residues = { dna: "ACGTNRYacgtn", protein: "ACDEFGHIKLMNPQRSTVWYXBZJacdwy" } as const;
const fastaId = fc.oneof(fc.constantFrom(...prototypeNames, ">", "x|y.1"), fc.stringMatching(/^[A-Za-z0-9_.|-]{1,8}$/));

/** FASTA records with comments, blank lines, spaced residues, mixed line endings and stops, plus the records parseFasta must return. */
export const fastaCase: fc.Arbitrary<FastaCase> = fc
  .record({
    alphabet: fc.constantFrom("dna" as const, "protein" as const, undefined),
    style: fc.constantFrom(...styles),
    picks: fc.array(fc.nat(2), { minLength: 1, maxLength: 9 }),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
    records: fc.array(
      fc.record({
        id: fastaId,
        description: fc.constantFrom("", "kinase family", "  toString  ", "__proto__ x"),
        picks: fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 }),
        width: fc.integer({ min: 1, max: 9 }),
        stop: fc.boolean(),
        noise: fc.array(fc.constantFrom("", " ", "; a comment", " \t", ";__proto__"), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ alphabet, style, picks, bom, finalBreak, records }) => {
    const symbols = residues[alphabet ?? "protein"];
    const physical: string[] = [];
    const kinds: ("header" | "residues" | "noise")[] = [];
    const expected: FastaCase["records"] = [];
    const headerIndex: number[] = [];
    for (const r of records) {
      const seq = r.picks.map((p) => symbols[p % symbols.length]).join("");
      const body = seq + (r.stop && alphabet !== "dna" ? "*" : "");
      headerIndex.push(physical.length);
      physical.push(`>${r.id}${r.description ? ` ${r.description}` : ""}`);
      kinds.push("header");
      for (let at = 0, n = 0; at < body.length; at += r.width, n++) {
        const chunk = body.slice(at, at + r.width);
        physical.push(n % 3 === 1 ? ` ${chunk.split("").join(n % 2 ? "\t" : " ")} ` : chunk);
        kinds.push("residues");
        const noise = r.noise[n % Math.max(1, r.noise.length)];
        if (noise !== undefined && n % 2 === 0) {
          physical.push(noise);
          kinds.push("noise");
        }
      }
      expected.push({ id: r.id, description: r.description.trim(), sequence: seq.toUpperCase(), line: 0 });
    }
    const joined = joinLines(physical, style, picks, finalBreak);
    const prefix = bom ? "\ufeff" : "";
    const text = prefix + joined.text;
    expected.forEach(
      (rec, i) => (rec.line = lineAt(text, (joined.starts[headerIndex[i] as number] as number) + prefix.length)),
    );
    const residueLines = joined.starts
      .filter((_, i) => kinds[i] === "residues")
      .map((s) => ({ offset: s + prefix.length }));
    return { text, alphabet, records: expected, residueLines };
  });
