import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bigramCounts, charVocab } from "@nudge/encoders";
import { namesText } from "./names-data.js";
import { loadNames } from "./names.js";

const fileText = readFileSync(new URL("../../data/names-ssa-2018.txt", import.meta.url), "utf8");

/** Average NLL of the counting bigram model, counted here from scratch (makemore part 1). */
function bigramNll(words: string[], smoothing: number): number {
  const chars = ["."].concat([...new Set(words.join(""))].sort());
  const index = new Map(chars.map((c, i) => [c, i]));
  const k = chars.length;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(smoothing));
  for (const w of words) {
    const seq = [".", ...w, "."];
    for (let i = 0; i + 1 < seq.length; i++) counts[index.get(seq[i]!)!]![index.get(seq[i + 1]!)!]!++;
  }
  let nll = 0;
  let pairs = 0;
  for (const w of words) {
    const seq = [".", ...w, "."];
    for (let i = 0; i + 1 < seq.length; i++) {
      const row = counts[index.get(seq[i]!)!]!;
      const total = row.reduce((s, c) => s + c, 0);
      nll -= Math.log(row[index.get(seq[i + 1]!)!]! / total);
      pairs++;
    }
  }
  expect(pairs).toBe(229804);
  return nll / pairs;
}

describe("loadNames", () => {
  it("bundles exactly the vendored .txt file", () => {
    expect(namesText).toBe(fileText);
    expect(loadNames()).toEqual(fileText.split("\n").filter(Boolean));
  });

  it("has 32,257 lower-case names and returns a fresh copy each call", () => {
    const names = loadNames();
    expect(names).toHaveLength(32257);
    expect(names.slice(0, 3)).toEqual(["emma", "olivia", "ava"]);
    expect(names.every((n) => /^[a-z]+$/.test(n))).toBe(true);
    names.pop();
    expect(loadNames()).toHaveLength(32257);
  });

  it("gives the published counting-bigram NLL: 2.4544, and 2.4550 with add-one smoothing", () => {
    const names = loadNames();
    expect(bigramNll(names, 0).toFixed(4)).toBe("2.4544");
    expect(bigramNll(names, 1).toFixed(4)).toBe("2.4550");
  });

  it("gives the same NLL through @nudge/encoders' 27×27 bigram counts", () => {
    const names = loadNames();
    const vocab = charVocab(names);
    expect(vocab.size).toBe(27);
    const { counts } = bigramCounts(names, vocab);
    let nll = 0;
    let total = 0;
    for (let a = 0; a < 27; a++) {
      const row = counts.subarray(a * 27, a * 27 + 27);
      const sum = row.reduce((s, c) => s + c, 0);
      row.forEach((c) => {
        if (c > 0) nll -= c * Math.log(c / sum);
      });
      total += sum;
    }
    expect(total).toBe(229804);
    expect((nll / total).toFixed(4)).toBe("2.4544");
  });
});
