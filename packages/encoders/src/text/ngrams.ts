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
  words.forEach((word, w) => {
    const ids = framed(word, w, vocab);
    for (let i = 0; i + 1 < ids.length; i++) {
      xs.push(ids[i] as number);
      ys.push(ids[i + 1] as number);
    }
  });
  return { xs: Int32Array.from(xs), ys: Int32Array.from(ys) };
}

/** The bigram count table, `counts[a * size + b]` = how often b follows a (the lesson's 27×27 heat map). */
export function bigramCounts(
  words: readonly string[],
  vocab: CharVocab,
): { counts: Int32Array; shape: [number, number] } {
  const counts = new Int32Array(vocab.size * vocab.size);
  const { xs, ys } = bigramPairs(words, vocab);
  for (let i = 0; i < xs.length; i++) counts[(xs[i] as number) * vocab.size + (ys[i] as number)]! += 1;
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
