import { fail } from "../errors.js";
import { ambiguityCodes, symbolsOf, type AlphabetName } from "../sequence/alphabets.js";
import { stripBom } from "./lines.js";

/** One FASTA record. */
export interface FastaRecord {
  /** Header text up to the first space. */
  id: string;
  /** Rest of the header line. */
  description: string;
  sequence: string;
  /** 1-based line of the header. */
  line: number;
}

/** Options of {@link parseFasta}. */
export interface FastaOptions {
  /** Upper-case the sequences (default true). */
  uppercase?: boolean;
  /** Check every symbol against an alphabet (IUPAC ambiguity codes allowed); default: any letters. */
  alphabet?: AlphabetName | string;
}

const sequenceChar = /[A-Za-z*\-.]/;

/**
 * Parses FASTA text: multi-line records, `;` comment lines, blank lines, lower case, CRLF.
 * Bad input is refused with the line and column.
 *
 * @example
 * parseFasta(">g1 kinase\nacgt\nACG\n>g2\nTTGA\n");
 * // [{ id: "g1", description: "kinase", sequence: "ACGTACG", line: 1 }, { id: "g2", …, line: 4 }]
 */
export function parseFasta(text: string, options: FastaOptions = {}): FastaRecord[] {
  const upper = options.uppercase ?? true;
  const allowed = options.alphabet === undefined ? undefined : symbolsOf(options.alphabet) + Object.keys(ambiguityCodes(options.alphabet)).join("");
  const records: FastaRecord[] = [];
  let current: (FastaRecord & { parts: string[] }) | undefined;
  const close = () => {
    if (!current) return;
    if (current.parts.length === 0) fail("FASTA_EMPTY_SEQUENCE", { line: current.line, item: current.id });
    const { parts, ...record } = current;
    records.push({ ...record, sequence: parts.join("") });
  };
  stripBom(text).split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith(";")) return;
    if (trimmed.startsWith(">")) {
      close();
      const header = trimmed.slice(1).trim();
      const id = header.split(/\s+/)[0] ?? "";
      if (id === "") fail("FASTA_EMPTY_ID", { line, column: 2 });
      current = { id, description: header.slice(id.length).trim(), sequence: "", line, parts: [] };
      return;
    }
    if (!current) fail("FASTA_NO_HEADER", { line, column: 1 });
    let seq = "";
    for (let c = 0; c < raw.length; c++) {
      const ch = raw[c] as string;
      if (ch === " " || ch === "\t") continue;
      const symbol = upper ? ch.toUpperCase() : ch;
      if (!sequenceChar.test(ch)) fail("FASTA_BAD_CHAR", { line, column: c + 1, value: ch });
      if (allowed !== undefined && !allowed.includes(symbol.toUpperCase())) {
        fail("UNKNOWN_SYMBOL", { line, column: c + 1, value: ch }, options.alphabet as string);
      }
      seq += symbol;
    }
    current.parts.push(seq);
  });
  close();
  if (records.length === 0) fail("EMPTY_INPUT", "the FASTA text (no records)");
  return records;
}
