import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv, parseTsv } from "../src/parse/csv.js";
import { parseFasta } from "../src/parse/fasta.js";
import { errorOf } from "./error-of.js";
import { encodeTable } from "../src/table/encode-table.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("parseCsv", () => {
  it("handles a BOM, CRLF, a sniffed ';' delimiter, quoted delimiters and quoted newlines (read as \\n)", () => {
    const t = parseCsv(fixture("good-semicolon-bom.csv"));
    expect(t.delimiter).toBe(";");
    expect(t.columns).toEqual(["gene", "sample", "ct", "note"]);
    expect(t.rows).toEqual([
      ["PR1", "s1", "24.10", "dry; wilted"],
      ["ACT2", "s1", "18.3", "two\nlines"],
      ["PR1", "s2", "25", "plain"],
    ]);
    expect(t.lines).toEqual([2, 3, 5]);
  });

  it("parses TSV by sniffing and by parseTsv, and skips blank lines", () => {
    expect(parseCsv(fixture("good.tsv")).delimiter).toBe("\t");
    expect(parseTsv("a\tb\n\n1\t2\n").rows).toEqual([["1", "2"]]);
    expect(parseCsv("a,b\n1,2", { header: false }).columns).toEqual(["column 1", "column 2"]);
    expect(parseCsv("a,b\n  \n\t\n1,2\n").lines).toEqual([4]);
  });

  it("leaves out a row of empty fields, lists its line, and keeps every later line true", () => {
    expect(parseCsv("gene,ct\nPR1,24.1\n,\nACT2,18.3\n")).toEqual({
      columns: ["gene", "ct"],
      rows: [
        ["PR1", "24.1"],
        ["ACT2", "18.3"],
      ],
      lines: [2, 4],
      skippedLines: [3],
      delimiter: ",",
    });
    expect(errorOf(() => parseCsv("a,b\n , \n,\n1,2,3\n")).message).toBe(
      "At line 4: this row has 3 fields but the header has 2. Check for a missing or extra delimiter.",
    );
  });

  it("refuses a ragged row with its line", () => {
    const e = errorOf(() => parseCsv(fixture("ragged.csv")));
    expect(e.code).toBe("CSV_RAGGED_ROW");
    expect(e.message).toBe(
      "At line 3: this row has 2 fields but the header has 3. Check for a missing or extra delimiter.",
    );
  });

  it("refuses an unclosed quote with its line", () => {
    const e = errorOf(() => parseCsv(fixture("unclosed-quote.csv")));
    expect(e.code).toBe("CSV_QUOTES");
    expect(e.place?.line).toBe(3);
  });

  it("refuses empty and repeated column names, and an empty file", () => {
    expect(errorOf(() => parseCsv(fixture("empty-header.csv"))).message).toMatch(
      /^At line 1, column 2: this column has no name/,
    );
    expect(errorOf(() => parseCsv("a,b,a\n1,2,3\n")).message).toMatch(
      /^At line 1, column 3, value "a": this column name repeats/,
    );
    expect(errorOf(() => parseCsv("\ufeff \n")).code).toBe("EMPTY_INPUT");
  });

  it("a missing or non-numeric cell is named by line, column and value when encoded, never NaN", () => {
    const missing = parseCsv(fixture("missing-ct.csv"));
    expect(() => encodeTable(missing, [{ name: "ct", level: "ratio" }])).toThrow(
      'At line 3, column "ct", value "NA": the value is missing. Fill it in, drop the row, or choose an imputation',
    );
    const imputed = encodeTable(missing, [{ name: "ct", level: "ratio", missing: "mean" }]);
    expect(Array.from(imputed.data).every(Number.isFinite)).toBe(true);
    expect(() => encodeTable(parseCsv(fixture("text-in-number.csv")), [{ name: "ct", level: "interval" }])).toThrow(
      'At line 3, column "ct", value "Undetermined": expected a number.',
    );
  });
});

describe("parseFasta", () => {
  it("reads multi-line records, ';' comments, blank lines, CRLF and lower case", () => {
    expect(parseFasta(fixture("good.fasta"))).toEqual([
      { id: "seq1", description: "kinase family", sequence: "ACGTACGGTT", line: 2 },
      { id: "seq2", description: "", sequence: "TTGACC", line: 6 },
    ]);
    expect(parseFasta(">a\nacgt\n", { uppercase: false })[0]?.sequence).toBe("acgt");
  });

  it("refuses bad files naming the line (and column)", () => {
    expect(errorOf(() => parseFasta(fixture("no-header.fasta"))).message).toMatch(
      /^At line 1, column 1: sequence data comes before any ">" header/,
    );
    expect(errorOf(() => parseFasta(fixture("empty-record.fasta"))).message).toBe(
      'At "seq2", line 3: this record has no sequence.',
    );
    expect(errorOf(() => parseFasta(fixture("digit.fasta"))).message).toBe(
      'At line 3, column 3, value "1": this character cannot be part of a sequence.',
    );
    expect(parseFasta(fixture("unknown-symbol.fasta"))[0]?.sequence).toBe("ACGTACXGT");
    const e = errorOf(() => parseFasta(fixture("unknown-symbol.fasta"), { alphabet: "dna" }));
    expect(e.code).toBe("UNKNOWN_SYMBOL");
    expect(e.place).toEqual({ line: 3, column: 3, value: "X" });
    expect(parseFasta(">a\nACGN\n", { alphabet: "dna" })[0]?.sequence).toBe("ACGN");
    expect(errorOf(() => parseFasta(">\nACGT\n")).code).toBe("FASTA_EMPTY_ID");
    expect(errorOf(() => parseFasta("; only a comment\n")).code).toBe("EMPTY_INPUT");
  });
});
