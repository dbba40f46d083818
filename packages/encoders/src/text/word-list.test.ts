import { describe, expect, it } from "vitest";
import { EncoderError } from "../errors.js";
import { charVocab } from "./char-vocab.js";
import { checkWordList, parseWordList, wordListLimits } from "./word-list.js";

function caught(run: () => unknown): EncoderError {
  try {
    run();
  } catch (e) {
    if (e instanceof EncoderError) return e;
    throw e;
  }
  throw new Error("expected an EncoderError");
}

describe("parseWordList", () => {
  it("reads one word per line with any line breaks, trims, skips blank lines and a BOM", () => {
    expect(parseWordList("\uFEFFAT1G01010\r\n  rd29a \r\rDREB2A\n\n")).toEqual(["AT1G01010", "rd29a", "DREB2A"]);
  });

  it("names the file's own line of a bad word, blank lines counted", () => {
    const e = caught(() => parseWordList("emma\n\nolivia\nava.grace\n"));
    expect(e.code).toBe("TOKEN_IN_WORD");
    expect(e.place?.line).toBe(4);
    expect(e.message).toContain("line 4");
  });

  it("refuses an empty text, one word, and a text over the size limit before splitting it", () => {
    expect(caught(() => parseWordList("\n \n")).code).toBe("WORDS_TOO_FEW");
    expect(caught(() => parseWordList("emma\n")).message).toContain("it has 1");
    const big = "a\n".repeat(wordListLimits.maxTextLength / 2 + 1);
    expect(caught(() => parseWordList(big)).code).toBe("TEXT_TOO_LARGE");
  });
});

describe("checkWordList", () => {
  it("accepts what charVocab can encode and refuses what it cannot", () => {
    const words = ["emma", "Arabidopsis thaliana", "AT1G01010"];
    expect(() => checkWordList(words)).not.toThrow();
    expect(charVocab(words).size).toBeLessThanOrEqual(wordListLimits.maxChars + 1);
  });

  it("names the line of an empty word, a long word and a control character", () => {
    expect(caught(() => checkWordList(["emma", "", "ava"])).place?.line).toBe(2);
    const long = "a".repeat(wordListLimits.maxWordLength + 1);
    const e = caught(() => checkWordList(["emma", "ava", long]));
    expect([e.code, e.place?.line]).toEqual(["WORD_TOO_LONG", 3]);
    expect(caught(() => checkWordList(["em\tma", "ava"])).code).toBe("WORD_BAD_CHAR");
  });

  it("names the word that brings the vocabulary past the limit", () => {
    const alphabet = Array.from({ length: wordListLimits.maxChars + 1 }, (_, i) => String.fromCodePoint(0x100 + i));
    const words = [
      alphabet.slice(0, 20).join(""),
      alphabet.slice(20, 40).join(""),
      alphabet[0]! + alphabet[1]!,
      alphabet.slice(38).join(""),
    ];
    const e = caught(() => checkWordList(words));
    expect([e.code, e.place?.line]).toEqual(["WORDS_TOO_MANY_CHARS", 4]);
    expect(() => checkWordList(words.slice(0, 3))).not.toThrow();
  });

  it("refuses words longer than the size limit in all at the line that crosses it", () => {
    const word = "a".repeat(wordListLimits.maxWordLength);
    const lines = Math.floor(wordListLimits.maxTextLength / word.length);
    const e = caught(() => checkWordList(Array.from({ length: lines + 1 }, () => word)));
    expect([e.code, e.place?.line]).toEqual(["WORDS_TOO_LONG_IN_ALL", lines + 1]);
  });

  it("refuses a list longer than the limit at the first line past it", () => {
    const words = Array.from({ length: wordListLimits.maxWords + 1 }, () => "ab");
    const e = caught(() => checkWordList(words));
    expect([e.code, e.place?.line]).toEqual(["WORDS_TOO_MANY", wordListLimits.maxWords + 1]);
  });
});
