import { describe, expect, it } from "vitest";
import { EncoderError } from "@nudge/encoders";
import { loadNames } from "../names/names.js";
import { makeTextSplit, splitWords, textVocab } from "./text-split.js";

const makemore = [0.8, 0.1, 0.1] as [number, number, number];

describe("makeTextSplit", () => {
  it("gives the names makemore's 27 characters and an 80/10/10 split by word", () => {
    const { words, vocab, train, dev, test } = makeTextSplit({ source: "names", seed: 42, fractions: makemore });
    expect(vocab.chars.join("")).toBe(".abcdefghijklmnopqrstuvwxyz");
    expect([train.length, dev.length, test.length]).toEqual([25806, 3225, 3226]);
    expect(new Set([...train, ...dev, ...test]).size).toBe(new Set(words).size);
    expect(train.length + dev.length + test.length).toBe(words.length);
  });

  it("is the same split for the same seed, a different one for another seed", () => {
    const a = makeTextSplit({ source: "names", seed: 1, fractions: makemore });
    const b = makeTextSplit({ source: "names", seed: 1, fractions: makemore });
    const c = makeTextSplit({ source: "names", seed: 2, fractions: makemore });
    expect(a.dev).toEqual(b.dev);
    expect(a.dev).not.toEqual(c.dev);
    expect(splitWords(loadNames(), { seed: 1 }).dev).toEqual(a.dev);
  });

  it("builds a word list's vocabulary from its own characters", () => {
    const words = ["RD29A", "DREB2A", "ACT2", "PR1"];
    const { vocab, train, dev, test } = makeTextSplit({
      source: "words",
      words,
      seed: 3,
      fractions: [0.5, 0.25, 0.25],
    });
    expect(vocab.chars.join("")).toBe(".129ABCDEPRT");
    expect([train.length, dev.length, test.length]).toEqual([2, 1, 1]);
  });

  it("refuses a bad word list with the encoders' located error", () => {
    const bad = { source: "words", words: ["emma", "a.b"], seed: 1, fractions: makemore } as const;
    expect(() => makeTextSplit(bad)).toThrow(EncoderError);
    expect(() => textVocab(bad)).toThrow("line 2");
  });
});
