import { fail } from "../errors.js";
import type { CharVocab } from "./char-vocab.js";

/** Inputs and next-character targets as index arrays. */
export interface Pairs {
  xs: Int32Array;
  ys: Int32Array;
}

function framed(word: string, w: number, vocab: CharVocab): number[] {
  const inner = Array.from(word, (ch, p) => vocab.indexOf(ch, { item: w + 1, position: p + 1 }));
  return [0, ...inner, 0];
}

/** Vocabulary ids of the ASCII characters (−1 when absent): the names' hot loop reads a typed array, not a Map. */
function asciiIds(vocab: CharVocab): Int32Array {
  return Int32Array.from({ length: 128 }, (_, code) => vocab.find(String.fromCharCode(code)));
}

/** Calls `visit(a, b)` for every pair of the words framed by the token; unknown characters throw naming word and position. */
function eachPair(words: readonly string[], vocab: CharVocab, visit: (a: number, b: number) => void): void {
  const ascii = asciiIds(vocab);
  words.forEach((word, w) => {
    let prev = 0;
    let p = 0;
    for (let i = 0; i < word.length; i++) {
      p++;
      const code = word.charCodeAt(i);
      let id: number;
      if (code < 128) id = ascii[code]!;
      else {
        const ch = String.fromCodePoint(word.codePointAt(i)!);
        i += ch.length - 1;
        id = vocab.find(ch);
      }
      if (id < 0) vocab.indexOf(String.fromCodePoint(word.codePointAt(i)!), { item: w + 1, position: p });
      visit(prev, id);
      prev = id;
    }
    visit(prev, 0);
  });
}

/**
 * Every (character, next character) pair of the words framed by the token: ".emma." gives
 * (., e) (e, m) (m, m) (m, a) (a, .).
 *
 * @example
 * const { xs, ys } = bigramPairs(["emma"], charVocab(["emma"])); // 5 pairs
 */
export function bigramPairs(words: readonly string[], vocab: CharVocab): Pairs {
  const xs: number[] = [];
  const ys: number[] = [];
  eachPair(words, vocab, (a, b) => {
    xs.push(a);
    ys.push(b);
  });
  return { xs: Int32Array.from(xs), ys: Int32Array.from(ys) };
}

/** The bigram count table, `counts[a * size + b]` = how often b follows a (the lesson's 27×27 heat map). */
export function bigramCounts(
  words: readonly string[],
  vocab: CharVocab,
): { counts: Int32Array; shape: [number, number] } {
  const counts = new Int32Array(vocab.size * vocab.size);
  eachPair(words, vocab, (a, b) => counts[a * vocab.size + b]!++);
  return { counts, shape: [vocab.size, vocab.size] };
}

/** Fixed-size contexts and the next character: `X` has shape `[n, blockSize]`, `Y` shape `[n]`. */
export interface ContextWindows {
  X: Int32Array;
  Y: Int32Array;
  shape: [number, number];
}

/**
 * Context windows for the MLP language model (makemore part 2): each character of the word plus
 * the end token is predicted from the `blockSize` characters before it, padded with the token.
 *
 * @example
 * contextWindows(["emma"], vocab, 3); // "..." → e, "..e" → m, ".em" → m, "emm" → a, "mma" → .
 */
export function contextWindows(words: readonly string[], vocab: CharVocab, blockSize: number): ContextWindows {
  if (!Number.isInteger(blockSize) || blockSize < 1) fail("BAD_OPTION", "blockSize", blockSize, "a whole number ≥ 1");
  const X: number[] = [];
  const Y: number[] = [];
  words.forEach((word, w) => {
    const context = new Array<number>(blockSize).fill(0);
    for (const ix of framed(word, w, vocab).slice(1)) {
      X.push(...context);
      Y.push(ix);
      context.shift();
      context.push(ix);
    }
  });
  return { X: Int32Array.from(X), Y: Int32Array.from(Y), shape: [Y.length, blockSize] };
}
