import { describe, expect, it } from "vitest";
import { charVocab, charVocabFromJSON } from "./char-vocab.js";
import { bigramCounts, bigramPairs, contextWindows } from "./ngrams.js";

const words = ["emma", "olivia", "ava"];

describe("charVocab", () => {
  const vocab = charVocab(words);

  it("puts '.' first, then the characters sorted (makemore's stoi)", () => {
    expect(vocab.chars).toEqual([".", "a", "e", "i", "l", "m", "o", "v"]);
    expect(vocab.encode("emma")).toEqual([2, 5, 5, 1]);
    expect(vocab.decode(vocab.encode("olivia"))).toBe("olivia");
    expect(charVocabFromJSON(JSON.parse(JSON.stringify(vocab))).encode("ava")).toEqual([1, 7, 1]);
  });

  it("names the word and position of an unknown character, and refuses the token inside a word", () => {
    expect(() => vocab.encode("emmy")).toThrow('At "emmy", position 4, value "y": this symbol is not in the alphabet');
    expect(() => charVocab(["a.b"])).toThrow('At item 1, position 2, value "a.b": the word contains "."');
  });
});

describe("bigrams and context windows", () => {
  const vocab = charVocab(words);
  const i = (c: string) => vocab.indexOf(c);

  it("bigram pairs frame each word with '.': .emma. → 5 pairs", () => {
    const { xs, ys } = bigramPairs(["emma"], vocab);
    expect(Array.from(xs)).toEqual([".", "e", "m", "m", "a"].map(i));
    expect(Array.from(ys)).toEqual(["e", "m", "m", "a", "."].map(i));
  });

  it("bigram counts: 'a' ends 3 words, '.' starts with e, o, a once each", () => {
    const { counts, shape } = bigramCounts(words, vocab);
    expect(shape).toEqual([8, 8]);
    const at = (a: string, b: string) => counts[i(a) * 8 + i(b)];
    expect(at("a", ".")).toBe(3);
    expect([at(".", "e"), at(".", "o"), at(".", "a")]).toEqual([1, 1, 1]);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(5 + 7 + 4);
  });

  it("reads characters beyond ASCII and astral ones as one symbol each, and names an unknown one's position", () => {
    const wide = charVocab(["zoë", "a😀b"]);
    expect(wide.chars).toEqual([".", "a", "b", "o", "z", "ë", "😀"]);
    const { counts } = bigramCounts(["a😀b"], wide);
    const at = (a: string, b: string) => counts[wide.indexOf(a) * wide.size + wide.indexOf(b)];
    expect([at(".", "a"), at("a", "😀"), at("😀", "b"), at("b", ".")]).toEqual([1, 1, 1, 1]);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(4);
    expect(() => bigramCounts(["ab", "a😀c"], wide)).toThrow('At item 2, position 3, value "c"');
    expect(() => bigramPairs(["zoé"], wide)).toThrow('At item 1, position 3, value "é"');
    expect(() => charVocab(["ok", "😀."])).toThrow("At item 2, position 2");
  });

  it("context windows of size 3 match makemore part 2 for 'emma'", () => {
    const { X, Y, shape } = contextWindows(["emma"], vocab, 3);
    expect(shape).toEqual([5, 3]);
    const contexts = Array.from({ length: 5 }, (_, r) => vocab.decode(X.subarray(r * 3, r * 3 + 3)));
    expect(contexts).toEqual(["...", "..e", ".em", "emm", "mma"]);
    expect(vocab.decode(Y)).toBe("emma.");
    expect(() => contextWindows(["emma"], vocab, 0)).toThrow(/blockSize/);
  });
});
