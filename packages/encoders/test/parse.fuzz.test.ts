// Hostile shapes thrown at the parsers with a fixed seed and bounded sizes: every line-ending style
// (mixed too), prototype names as columns and ids, blank lines and rows of empty fields, and
// errors injected at known places. Each property prints how many cases it ran.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { encodeTable } from "../src/table/encode-table.js";
import { inferSchema } from "../src/table/infer-schema.js";
import { parseCsv } from "../src/parse/csv.js";
import { parseFasta } from "../src/parse/fasta.js";
import { errorOf } from "./error-of.js";
import { csvCase, fastaCase, lineAt, prototypeNames } from "./hostile-text.js";

const seed = 20261206;
const counts: Record<string, number> = {};
const count = (what: string) => (counts[what] = (counts[what] ?? 0) + 1);
afterAll(() =>
  console.log(
    `encoders fuzz (seed ${seed}): ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}`,
  ),
);

describe("parseCsv on hostile text", () => {
  it("returns every row with its true line, and lists rows of empty fields, for every line-ending style", () => {
    fc.assert(
      fc.property(csvCase, (c) => {
        count("CSV tables");
        const parsed = parseCsv(c.text, { delimiter: c.delimiter });
        expect(parsed.columns).toEqual(c.columns);
        expect(parsed.rows).toEqual(c.rows);
        expect(parsed.lines).toEqual(c.lines);
        expect(parsed.skippedLines).toEqual(c.skippedLines);
      }),
      { seed, numRuns: 400 },
    );
  });

  it("refuses an extra field with the exact message and line", () => {
    fc.assert(
      fc.property(
        csvCase.filter((c) => c.rows.length > 0),
        fc.nat(),
        (c, pick) => {
          count("CSV ragged rows");
          const r = pick % c.rows.length;
          const line = c.lines[r] as number;
          const offset = c.starts[r] as number;
          const text = `${c.text.slice(0, offset)}x${c.delimiter}${c.text.slice(offset)}`;
          const e = errorOf(() => parseCsv(text, { delimiter: c.delimiter }));
          expect(e.code).toBe("CSV_RAGGED_ROW");
          const k = c.columns.length;
          expect(e.message).toBe(
            `At line ${line}: this row has ${k + 1} fields but the header has ${k}. Check for a missing or extra delimiter.`,
          );
          expect(e.place).toEqual({ line });
        },
      ),
      { seed, numRuns: 150 },
    );
  });

  it("keeps prototype names as plain columns through inferSchema, encodeTable and inverse", () => {
    const text = `${prototypeNames.join(",")}\n${prototypeNames.map((_, i) => i).join(",")}\n${prototypeNames.map((_, i) => i * 2 + 1).join(",")}\n`;
    const table = parseCsv(text);
    const schema = inferSchema(table);
    expect(schema.map((s) => s.name)).toEqual(prototypeNames);
    const encoded = encodeTable(table, schema);
    const back = encoded.encoder.inverse(encoded.data);
    expect(back.map((row) => Object.keys(row))).toEqual([prototypeNames, prototypeNames]);
    expect(back.map((row) => Object.getPrototypeOf(row))).toEqual([Object.prototype, Object.prototype]);
    expect(back[1]!.__proto__).toBe("1");
    expect(() =>
      encodeTable([{ constructor: "a" }, { toString: "b" }], [{ name: "constructor", level: "nominal" }]),
    ).toThrow('At row 2, column "constructor": the value is missing.');
  });

  it("refuses a repeated name among 20,000 columns at its place, and reads them all otherwise", () => {
    const names = [...prototypeNames, ...Array.from({ length: 20_000 }, (_, i) => `c${i}`)];
    const values = names.map((_, i) => String(i % 10));
    expect(parseCsv(`${names.join(";")}\r${values.join(";")}\r`).columns).toHaveLength(names.length);
    const e = errorOf(() => parseCsv(`${[...names, "toString"].join(",")}\n${[...values, "1"].join(",")}\n`));
    expect(e.message).toBe(
      `At line 1, column ${names.length + 1}, value "toString": this column name repeats. Every column needs a unique, non-empty name.`,
    );
  });

  it("reads a CRLF header over LF rows, and CR-only files with true line numbers", () => {
    expect(parseCsv("gene,ct\r\nPR1,24\nACT2,18\n")).toMatchObject({
      rows: [
        ["PR1", "24"],
        ["ACT2", "18"],
      ],
      lines: [2, 3],
    });
    const e = errorOf(() => parseCsv("gene,ct\r\rPR1,24\r,\rACT2\r"));
    expect(e.message).toBe(
      "At line 5: this row has 1 fields but the header has 2. Check for a missing or extra delimiter.",
    );
  });
});

describe("parseFasta on hostile text", () => {
  it("returns every record with its header line, for every line-ending style", () => {
    fc.assert(
      fc.property(fastaCase, (c) => {
        count("FASTA files");
        expect(parseFasta(c.text, { alphabet: c.alphabet })).toEqual(c.records);
      }),
      { seed, numRuns: 400 },
    );
  });

  it("refuses a digit in a sequence with the exact line and column", () => {
    fc.assert(
      fc.property(fastaCase, fc.nat(), fc.nat(), (c, pickLine, pickColumn) => {
        count("FASTA bad characters");
        const { offset } = c.residueLines[pickLine % c.residueLines.length]!;
        const rest = c.text.slice(offset);
        const width = rest.search(/\r|\n|$/);
        const column = (pickColumn % (width + 1)) + 1;
        const text = `${c.text.slice(0, offset + column - 1)}7${c.text.slice(offset + column - 1)}`;
        const line = lineAt(c.text, offset);
        expect(errorOf(() => parseFasta(text, { alphabet: c.alphabet })).message).toBe(
          `At line ${line}, column ${column}, value "7": this character cannot be part of a sequence.`,
        );
      }),
      { seed, numRuns: 150 },
    );
  });

  it("accepts one stop '*' ending a protein, refuses one inside it with a remedy parseFasta takes", () => {
    expect(parseFasta(">p1 kinase\nMKV\nLL*\n", { alphabet: "protein" })[0]!.sequence).toBe("MKVLL");
    const e = errorOf(() => parseFasta(">p1\nMK*\nVL\n", { alphabet: "protein" }));
    expect(e.code).toBe("UNKNOWN_SYMBOL");
    expect(e.message).toBe(
      'At line 2, column 3, value "*": this symbol is not in the alphabet protein. Fix it, or parse without an alphabet and choose unknown: "zero" when one-hot encoding (IUPAC codes and one "*" stop at the end are accepted).',
    );
    expect(parseFasta(">p1\nMK*\nVL\n")[0]!.sequence).toBe("MK*VL");
    expect(errorOf(() => parseFasta(">p1\n*\n")).message).toBe('At "p1", line 1: this record has no sequence.');
  });

  it("keeps CR-only records apart and reads a 5 Mb sequence whole", () => {
    expect(parseFasta(">a\rAC\r>b\rGT\r").map((r) => [r.id, r.sequence, r.line])).toEqual([
      ["a", "AC", 1],
      ["b", "GT", 3],
    ]);
    const big = "ACGT".repeat(1_250_000);
    const records = parseFasta(
      `>__proto__ big\r\n${big.toLowerCase()}\r\n>constructor\n${big.match(/.{1,60}/g)!.join("\r")}`,
      { alphabet: "dna" },
    );
    expect(records.map((r) => [r.id, r.sequence.length, r.line])).toEqual([
      ["__proto__", 5_000_000, 1],
      ["constructor", 5_000_000, 3],
    ]);
    expect(records[0]!.sequence === big && records[1]!.sequence === big).toBe(true);
  });
});
