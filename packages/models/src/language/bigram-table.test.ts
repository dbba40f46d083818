import { loadNames } from "@nudge/datasets";
import { describe, expect, it } from "vitest";
import { referenceNll } from "../../test/reference-bigram.js";
import { bigramTable, countBigrams } from "./bigram-table.js";

const names = loadNames();

/** Raw pair counts of ".word." with a Map: an independent second count. */
function pairCounts(words: readonly string[]): (pair: string) => number {
  const counts = new Map<string, number>();
  for (const w of words) {
    const s = `.${w}.`;
    for (let i = 0; i + 1 < s.length; i++) counts.set(s.slice(i, i + 2), (counts.get(s.slice(i, i + 2)) ?? 0) + 1);
  }
  return (pair) => counts.get(pair) ?? 0;
}

describe("countBigrams (plain numbers, no tfjs)", () => {
  it("gives makemore's 2.4544 (2.4550 with add-one smoothing) on the shipped names, as an independent count does", () => {
    const ml = countBigrams(names);
    const smooth = bigramTable(ml.counts, ml.vocab, 1);
    expect(ml.vocab.chars.join("")).toBe(".abcdefghijklmnopqrstuvwxyz");
    expect(ml.pairCount).toBe(229804);
    expect(ml.trainingNll).toBeCloseTo(referenceNll(names, 0), 10);
    expect(smooth.trainingNll).toBeCloseTo(referenceNll(names, 1), 10);
    expect(ml.evaluate(names).nll).toBeCloseTo(ml.trainingNll, 10);
    expect(ml.trainingNll.toFixed(4)).toBe("2.4544");
    expect(smooth.trainingNll.toFixed(4)).toBe("2.4550");
  });

  it("a word's log-likelihood is the sum of the log probabilities of its pairs", () => {
    const table = countBigrams(names, { smoothing: 1 });
    const count = pairCounts(names);
    const rowTotal = (a: string) => table.vocab.chars.reduce((s, b) => s + count(a + b) + 1, 0);
    const expected = [".a", "an", "nd", "dr", "re", "ej", "j."].reduce(
      (s, pair) => s + Math.log((count(pair) + 1) / rowTotal(pair[0]!)),
      0,
    );
    const result = table.likelihood("andrej");
    expect(result.pairs.map((s) => s.pair)).toEqual([".a", "an", "nd", "dr", "re", "ej", "j."]);
    expect(result.logLikelihood).toBeCloseTo(expected, 10);
    expect(result.pairs.at(-1)!.sum).toBe(result.logLikelihood);
    expect(result.nll).toBeCloseTo(-expected / 7, 10);
    result.pairs.forEach((s) => expect(s.logP).toBeCloseTo(Math.log(s.p), 12));
  });

  it("an unseen pair has probability 0 without smoothing (log-likelihood −∞, never NaN) and unknown characters are named", () => {
    const ml = countBigrams(names);
    expect(pairCounts(names)("jq")).toBe(0);
    const result = ml.likelihood("andrejq");
    expect(result.logLikelihood).toBe(-Infinity);
    expect(result.pairs.find((s) => s.pair === "jq")!.p).toBe(0);
    expect(Number.isFinite(countBigrams(names, { smoothing: 1 }).likelihood("andrejq").logLikelihood)).toBe(true);
    expect(() => ml.likelihood("emma!")).toThrow(/position 5/);
    expect(() => countBigrams([])).toThrow(/empty/);
    expect(() => countBigrams(names, { smoothing: -1 })).toThrow(/smoothing/);
  });

  it("samples are the same for the same seed, differ across seeds, and use only the vocabulary's characters", () => {
    const table = countBigrams(names);
    const a = table.sample({ count: 10, seed: 7, temperature: 1 });
    expect(a).toEqual(table.sample({ count: 10, seed: 7, temperature: 1 }));
    expect(a).not.toEqual(table.sample({ count: 10, seed: 8, temperature: 1 }));
    expect(a).toHaveLength(10);
    a.forEach((w) => expect(w).toMatch(/^[a-z]*$/));
    const genes = countBigrams(["at1g01010", "at2g3", "os03g"]);
    genes
      .sample({ count: 50, seed: 1 })
      .forEach((w) => expect([...w].every((c) => genes.vocab.chars.includes(c))).toBe(true));
  });
});
