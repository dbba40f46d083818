import { fail } from "../errors.js";
import { normalizeNewlines, stripBom } from "../parse/lines.js";

/** The limits of a learner's word list (a language model's training text). */
export const wordListLimits = {
  /** Words in one list. */
  maxWords: 50_000,
  /** Characters in one word. */
  maxWordLength: 40,
  /** Distinct characters over all words, besides the start/end token. */
  maxChars: 40,
  /** Characters of a pasted or imported text (before it is split into lines), and of all words together. */
  maxTextLength: 1_000_000,
} as const;

// C0 and C1 control characters, and the Unicode line and paragraph separators.
const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
const hasControl = (word: string) => Array.from(word).some((ch) => isControl(ch.codePointAt(0)!));

/**
 * Checks a word list as a language model reads it (one word per line, `.` is the start/end token) and
 * throws an `EncoderError` naming the first bad line: too few or too many words, an empty or long word,
 * a control character or the token inside a word, more characters in all than `maxTextLength`, more than `wordListLimits.maxChars` distinct characters.
 * `lines[i]` is word i's line in the source text (default: i + 1).
 *
 * @example
 * checkWordList(["emma", "ava"]); // fine
 * checkWordList(["emma", ""]); // throws: At line 2: the word is empty. …
 */
export function checkWordList(words: readonly string[], lines?: readonly number[], token = "."): void {
  if (!Array.isArray(words)) fail("WORDS_TOO_FEW", 0);
  const lineOf = (i: number) => lines?.[i] ?? i + 1;
  if (words.length > wordListLimits.maxWords)
    fail("WORDS_TOO_MANY", { line: lineOf(wordListLimits.maxWords) }, wordListLimits.maxWords);
  if (words.length < 2) fail("WORDS_TOO_FEW", words.length);
  const seen = new Set<string>();
  let total = 0;
  words.forEach((word, i) => {
    const place = { line: lineOf(i), value: word };
    if (typeof word !== "string" || word.length === 0) fail("WORD_EMPTY", { line: lineOf(i) });
    const chars = Array.from(word);
    if (chars.length > wordListLimits.maxWordLength)
      fail("WORD_TOO_LONG", place, chars.length, wordListLimits.maxWordLength);
    if (hasControl(word)) fail("WORD_BAD_CHAR", place);
    total += word.length;
    if (total > wordListLimits.maxTextLength) fail("WORDS_TOO_LONG_IN_ALL", place, wordListLimits.maxTextLength);
    chars.forEach((ch, p) => {
      if (ch === token) fail("TOKEN_IN_WORD", { ...place, position: p + 1 }, token);
      if (seen.has(ch)) return;
      seen.add(ch);
      if (seen.size > wordListLimits.maxChars)
        fail("WORDS_TOO_MANY_CHARS", place, wordListLimits.maxChars, [...seen].sort().join(""));
    });
  });
}

/**
 * Reads a .txt word list: one word per line (any line-break style, a BOM is dropped), spaces around a
 * word trimmed, blank lines skipped; then `checkWordList` with the file's own line numbers. A text over
 * `wordListLimits.maxTextLength` characters is refused before it is split.
 *
 * @example
 * parseWordList("AT1G01010\nAT1G01020\n"); // ["AT1G01010", "AT1G01020"]
 */
export function parseWordList(text: string): string[] {
  if (text.length > wordListLimits.maxTextLength) fail("TEXT_TOO_LARGE", text.length, wordListLimits.maxTextLength);
  const words: string[] = [];
  const lines: number[] = [];
  normalizeNewlines(stripBom(text))
    .split("\n")
    .forEach((line, i) => {
      const word = line.trim();
      if (word.length === 0) return;
      words.push(word);
      lines.push(i + 1);
    });
  checkWordList(words, lines);
  return words;
}
