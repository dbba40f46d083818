import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kmerCounts } from "./kmers.js";
import { decodeOneHot, oneHotSequences } from "./one-hot.js";

describe("oneHotSequences", () => {
  it("encodes 150,000 records without overflowing the stack, as long as the longest", () => {
    const records = Array.from({ length: 150_000 }, (_, i) => ({
      id: `r${i}`,
      sequence: i === 77_777 ? "ACGTA" : "ACG",
    }));
    const e = oneHotSequences(records);
    expect(e.shape).toEqual([150_000, 5, 4]);
    expect(decodeOneHot({ ...e, data: e.data.subarray(77_777 * 20, 77_778 * 20), shape: [1, 5, 4] })).toEqual([
      "ACGTA",
    ]);
  });

  it("one-hot encodes DNA as [n, l, c] with A, C, G, T channels, padding at the end", () => {
    const e = oneHotSequences(["ACGT", "ga"]);
    expect(e.shape).toEqual([2, 4, 4]);
    expect(e.alphabet).toEqual(["A", "C", "G", "T"]);
    // prettier-ignore
    expect(Array.from(e.data)).toEqual([
      1, 0, 0, 0,  0, 1, 0, 0,  0, 0, 1, 0,  0, 0, 0, 1,
      0, 0, 1, 0,  1, 0, 0, 0,  0, 0, 0, 0,  0, 0, 0, 0,
    ]);
  });

  it("pads at the start and truncates either end to a fixed length", () => {
    expect(Array.from(oneHotSequences(["T"], { length: 2, pad: "start" }).data)).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(decodeOneHot(oneHotSequences(["ACGTT"], { length: 3 }))).toEqual(["ACG"]);
    expect(decodeOneHot(oneHotSequences(["ACGTT"], { length: 3, truncate: "start" }))).toEqual(["GTT"]);
  });

  it("spreads IUPAC codes when asked (N → 0.25 each, R → A/G 0.5) and refuses them otherwise", () => {
    const e = oneHotSequences(["NR"], { iupac: true });
    expect(Array.from(e.data)).toEqual([0.25, 0.25, 0.25, 0.25, 0.5, 0, 0.5, 0]);
    expect(decodeOneHot(e, { iupac: true })).toEqual(["NR"]);
    expect(() => oneHotSequences([{ id: "gene7", sequence: "ACNT" }])).toThrow(
      'At "gene7", position 3, value "N": this symbol is not in the alphabet ACGT. Fix it, allow IUPAC codes, or choose unknown: "zero".',
    );
    expect(Array.from(oneHotSequences(["N"], { unknown: "zero" }).data)).toEqual([0, 0, 0, 0]);
  });

  it("handles RNA and protein alphabets", () => {
    expect(oneHotSequences(["ACGU"], { alphabet: "rna" }).shape).toEqual([1, 4, 4]);
    const p = oneHotSequences(["MKW"], { alphabet: "protein" });
    expect(p.shape).toEqual([1, 3, 20]);
    expect(p.data[0 * 20 + "ACDEFGHIKLMNPQRSTVWY".indexOf("M")]).toBe(1);
    expect(() => oneHotSequences(["ACGT"], { alphabet: "rna" })).toThrow(/item 1, position 4, value "T"/);
  });

  it("decode(encode(s)) == s for any DNA string (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ACGT]{1,30}$/), { minLength: 1, maxLength: 8 }), (seqs) => {
        expect(decodeOneHot(oneHotSequences(seqs))).toEqual(seqs);
      }),
    );
  });
});

describe("kmerCounts", () => {
  it("counts overlapping k-mers in lexicographic order, skipping ones with N", () => {
    const k = kmerCounts(["ACGTA", "AANAA"], 2);
    expect(k.shape).toEqual([2, 16]);
    expect(k.kmers.slice(0, 5)).toEqual(["AA", "AC", "AG", "AT", "CA"]);
    const row = (i: number) => Object.fromEntries(k.kmers.map((m, j) => [m, k.data[i * 16 + j]]).filter(([, v]) => v));
    expect(row(0)).toEqual({ AC: 1, CG: 1, GT: 1, TA: 1 });
    expect(row(1)).toEqual({ AA: 2 });
    expect(k.skipped).toEqual([0, 2]);
    const f = kmerCounts(["AAAC"], 1, { normalize: true });
    expect(Array.from(f.data)).toEqual([0.75, 0.25, 0, 0]);
  });
});
