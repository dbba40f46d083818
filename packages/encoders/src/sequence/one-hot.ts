import { fail } from "../errors.js";
import { alphabets, ambiguityCodes, symbolsOf, type AlphabetName } from "./alphabets.js";

/** A sequence, or a record that carries one (as {@link parseFasta} returns). */
export type SequenceInput = string | { id?: string; sequence: string };

/** Options of {@link oneHotSequences}. */
export interface SequenceOptions {
  /** "dna" (default), "rna", "protein", or a string of symbols. */
  alphabet?: AlphabetName | string;
  /** Length every sequence is padded or truncated to (default: the longest). */
  length?: number;
  /** Where padding (all-zero rows) goes: after the sequence ("end", default) or before it ("start"). */
  pad?: "end" | "start";
  /** Which end is cut when a sequence is too long (default "end"). */
  truncate?: "end" | "start";
  /** Spread IUPAC ambiguity codes over their symbols (N → 0.25 each); otherwise they are unknown. */
  iupac?: boolean;
  /** An unknown symbol: refuse it ("error", default) or encode it as all zeros. */
  unknown?: "error" | "zero";
}

/** One-hot sequences: `shape = [n, l, c]` (examples, positions, symbols). */
export interface EncodedSequences {
  data: Float32Array;
  shape: [number, number, number];
  layout: "nlc";
  /** The symbol of each channel. */
  alphabet: string[];
}

export function sequenceOf(input: SequenceInput): string {
  return typeof input === "string" ? input : input.sequence;
}

export function itemOf(input: SequenceInput, index: number): string | number {
  return typeof input === "string" || input.id === undefined ? index + 1 : input.id;
}

/**
 * One-hot encodes sequences over an alphabet, padding or truncating them to one length.
 *
 * @example
 * oneHotSequences(["ACGT", "GA"], { alphabet: "dna" }).shape; // [2, 4, 4]
 * oneHotSequences(["N"], { iupac: true }).data; // [0.25, 0.25, 0.25, 0.25]
 */
export function oneHotSequences(inputs: readonly SequenceInput[], options: SequenceOptions = {}): EncodedSequences {
  const alphabetOption = options.alphabet ?? "dna";
  const symbols = symbolsOf(alphabetOption);
  const named = symbols !== alphabetOption;
  const codes = options.iupac ? ambiguityCodes(alphabetOption) : {};
  const seqs = inputs.map((s) => (named ? sequenceOf(s).toUpperCase() : sequenceOf(s)));
  if (seqs.length === 0) fail("EMPTY_INPUT", "the list of sequences");
  const length = options.length ?? seqs.reduce((longest, s) => Math.max(longest, s.length), 0);
  if (!Number.isInteger(length) || length < 1) fail("BAD_OPTION", "length", options.length, "a whole number ≥ 1");
  const c = symbols.length;
  const data = new Float32Array(seqs.length * length * c);
  seqs.forEach((seq, n) => {
    const cut =
      seq.length > length
        ? options.truncate === "start"
          ? seq.slice(seq.length - length)
          : seq.slice(0, length)
        : seq;
    const offset = options.pad === "start" ? length - cut.length : 0;
    const skipped = options.truncate === "start" ? seq.length - cut.length : 0;
    for (let p = 0; p < cut.length; p++) {
      const ch = cut[p] as string;
      const base = (n * length + offset + p) * c;
      const index = symbols.indexOf(ch);
      if (index >= 0) {
        data[base + index] = 1;
        continue;
      }
      const spread = Object.hasOwn(codes, ch) ? codes[ch] : undefined;
      if (spread) {
        for (const s of spread) data[base + symbols.indexOf(s)] = 1 / spread.length;
      } else if (options.unknown !== "zero") {
        fail(
          "UNKNOWN_SYMBOL",
          { item: itemOf(inputs[n] as SequenceInput, n), position: skipped + p + 1, value: ch },
          symbols,
          "oneHot",
        );
      }
    }
  });
  return { data, shape: [seqs.length, length, c], layout: "nlc", alphabet: [...symbols] };
}

/**
 * Decodes one-hot sequences back to strings: the symbol of each position's largest channel,
 * ambiguity codes for spread positions (when `iupac`), nothing for all-zero (padding) rows.
 */
export function decodeOneHot(
  encoded: Pick<EncodedSequences, "data" | "shape" | "alphabet">,
  options: { iupac?: boolean } = {},
): string[] {
  const [n, l, c] = encoded.shape;
  const symbols = encoded.alphabet.join("");
  const named = Object.entries(alphabets).find(([, s]) => s === symbols)?.[0];
  const codes = options.iupac && named ? Object.entries(ambiguityCodes(named)) : [];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = "";
    for (let p = 0; p < l; p++) {
      const row = encoded.data.subarray((i * l + p) * c, (i * l + p + 1) * c);
      const on = [...row.keys()].filter((j) => (row[j] as number) > 0);
      if (on.length === 0) continue;
      if (on.length === 1) s += symbols[on[0] as number];
      else {
        const set = on.map((j) => symbols[j]).join("");
        const code = codes.find(([, v]) => v === set);
        s += code ? code[0] : symbols[on.reduce((a, b) => ((row[b] as number) > (row[a] as number) ? b : a))];
      }
    }
    out.push(s);
  }
  return out;
}
