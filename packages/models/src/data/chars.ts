import { modelError } from "../spec/errors.js";

/** makemore's vocabulary: `.` (id 0) marks the start and end of a word, then a–z (ids 1–26). */
export const charVocab = [".", ..."abcdefghijklmnopqrstuvwxyz"] as const;

/** Vocabulary size (27). */
export const vocabSize = charVocab.length;

/** The id of one character, or a located error for anything outside the vocabulary. */
export function charId(word: string, ch: string): number {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1 || code < 97 || code > 122) throw modelError("DATA_BAD_CHAR", word, ch);
  return code - 96;
}

/** Every (context, next) pair of `words` with `blockSize` characters of context, padded with `.`. */
export function contextWindows(words: readonly string[], blockSize: number): { contexts: Int32Array; targets: Int32Array } {
  let total = 0;
  for (const w of words) total += w.length + 1;
  const contexts = new Int32Array(total * blockSize);
  const targets = new Int32Array(total);
  let row = 0;
  for (const word of words) {
    const context = new Array<number>(blockSize).fill(0);
    for (const ch of [...word, "."]) {
      const id = ch === "." ? 0 : charId(word, ch);
      contexts.set(context, row * blockSize);
      targets[row++] = id;
      context.shift();
      context.push(id);
    }
  }
  return { contexts, targets };
}

/** The 27×27 bigram count table of `words` (row = previous char, column = next). */
export function bigramCounts(words: readonly string[]): Float64Array {
  const counts = new Float64Array(vocabSize * vocabSize);
  const { contexts, targets } = contextWindows(words, 1);
  for (let i = 0; i < targets.length; i++) counts[contexts[i]! * vocabSize + targets[i]!]! += 1;
  return counts;
}

/** Shuffle `words` with `rng` and cut them into train/dev/test (makemore's 80/10/10 by default). */
export function splitWords(
  words: readonly string[],
  rng: { shuffle<T>(items: T[]): T[] },
  fractions: readonly [number, number] = [0.8, 0.9],
): { train: string[]; dev: string[]; test: string[] } {
  const shuffled = rng.shuffle([...words]);
  const a = Math.floor(fractions[0] * shuffled.length);
  const b = Math.floor(fractions[1] * shuffled.length);
  return { train: shuffled.slice(0, a), dev: shuffled.slice(a, b), test: shuffled.slice(b) };
}
