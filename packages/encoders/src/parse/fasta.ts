import { fail } from "../errors.js";
import { ambiguityCodes, symbolsOf, type AlphabetName } from "../sequence/alphabets.js";
import { normalizeNewlines, stripBom } from "./lines.js";

/** One FASTA record. */
export interface FastaRecord {
  /** Header text up to the first space. */
  id: string;
  /** Rest of the header line. */
  description: string;
  /** The residues; a stop `*` ending the record is not part of it. */
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

const SEQUENCE = 1;
const ALLOWED = 2;
const STOP = 42; // "*"

/** Flags per ASCII code: may stand in a sequence, and is allowed by the alphabet (compared upper-cased). */
function symbolTable(allowed: string | undefined): Uint8Array {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const ch = String.fromCharCode(code);
    if (/[A-Za-z*\-.]/.test(ch)) table[code] |= SEQUENCE;
    if (allowed === undefined || allowed.includes(ch.toUpperCase())) table[code] |= ALLOWED;
  }
  return table;
}

interface Open {
  id: string;
  description: string;
  line: number;
  parts: string[];
  /** Where a "*" the alphabet does not know was met: accepted only if nothing follows it. */
  stop?: { line: number; column: number };
}

/**
 * Parses FASTA text: multi-line records, `;` comment lines, blank lines, lower case, and CRLF, LF
 * or lone CR line breaks (mixed too). One `*` ending a record is read as the stop and left out of
 * its sequence. Bad input is refused with the line and column. Time and memory grow linearly
 * with the text.
 *
 * @example
 * parseFasta(">g1 kinase\nacgt\nACG\n>g2\nTTGA\n");
 * // [{ id: "g1", description: "kinase", sequence: "ACGTACG", line: 1 }, { id: "g2", …, line: 4 }]
 */
export function parseFasta(input: string, options: FastaOptions = {}): FastaRecord[] {
  const upper = options.uppercase ?? true;
  const alphabet = options.alphabet;
  const allowed =
    alphabet === undefined ? undefined : symbolsOf(alphabet) + Object.keys(ambiguityCodes(alphabet)).join("");
  const table = symbolTable(allowed);
  const text = normalizeNewlines(stripBom(input));
  const records: FastaRecord[] = [];
  let current: Open | undefined;
  const close = () => {
    if (!current) return;
    const joined = upper ? current.parts.join("").toUpperCase() : current.parts.join("");
    const sequence = joined.endsWith("*") ? joined.slice(0, -1) : joined;
    if (sequence === "") fail("FASTA_EMPTY_SEQUENCE", { line: current.line, item: current.id });
    records.push({ id: current.id, description: current.description, sequence, line: current.line });
  };
  let line = 0;
  for (let from = 0; from <= text.length; line++) {
    const end = text.indexOf("\n", from);
    const to = end < 0 ? text.length : end;
    const raw = text.slice(from, to);
    from = to + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith(";")) continue;
    if (trimmed.startsWith(">")) {
      close();
      const header = trimmed.slice(1).trim();
      const id = header.split(/\s/, 1)[0] ?? "";
      if (id === "") fail("FASTA_EMPTY_ID", { line: line + 1, column: 2 });
      current = { id, description: header.slice(id.length).trim(), line: line + 1, parts: [] };
      continue;
    }
    if (!current) fail("FASTA_NO_HEADER", { line: line + 1, column: 1 });
    current.parts.push(sequenceLine(raw, line + 1, current, table, alphabet));
  }
  close();
  if (records.length === 0) fail("EMPTY_INPUT", "the FASTA text (no records)");
  return records;
}

/** Checks one sequence line with the symbol table and returns its residues (spaces and tabs dropped). */
function sequenceLine(
  raw: string,
  line: number,
  record: Open,
  table: Uint8Array,
  alphabet: string | undefined,
): string {
  let spaced = false;
  for (let c = 0; c < raw.length; c++) {
    const code = raw.charCodeAt(c);
    if (code === 32 || code === 9) {
      spaced = true;
      continue;
    }
    const flags = code < 128 ? (table[code] as number) : 0;
    if (!(flags & SEQUENCE))
      fail("FASTA_BAD_CHAR", { line, column: c + 1, value: String.fromCodePoint(raw.codePointAt(c) as number) });
    if (record.stop) fail("UNKNOWN_SYMBOL", { ...record.stop, value: "*" }, alphabet as string, "fasta");
    if (flags & ALLOWED) continue;
    if (code === STOP) record.stop = { line, column: c + 1 };
    else fail("UNKNOWN_SYMBOL", { line, column: c + 1, value: raw[c] }, alphabet as string, "fasta");
  }
  return spaced ? raw.replace(/[ \t]/g, "") : raw;
}
