import { makeTextSplit, type TextChoice } from "@nudge/datasets";
import { bigramCounts, contextWindows, type CharVocab } from "@nudge/encoders";

/** Context windows (ids as numbers) and the next character: rows a SpecModel fits. */
export interface Windows {
  features: Float32Array;
  targets: Float32Array;
}

/** A text choice ready to train: the vocabulary, the split's words, and their windows for a context length. */
export interface TextData {
  vocab: CharVocab;
  context: number;
  words: { train: string[]; dev: string[] };
  train: Windows;
  dev: Windows | undefined;
}

function windows(words: readonly string[], vocab: CharVocab, context: number): Windows {
  const { X, Y } = contextWindows(words, vocab, context);
  return { features: Float32Array.from(X), targets: Float32Array.from(Y) };
}

/** The text split of `@nudge/datasets`' `makeTextSplit`, cut into windows of `context` characters (`@nudge/encoders`). */
export function loadText(choice: TextChoice, context: number): TextData {
  const { vocab, train, dev } = makeTextSplit(choice);
  return {
    vocab,
    context,
    words: { train, dev },
    train: windows(train, vocab, context),
    dev: dev.length > 0 ? windows(dev, vocab, context) : undefined,
  };
}

/** The bigram count table of some words (row = previous character), as numbers. */
export function countTable(words: readonly string[], vocab: CharVocab): Float64Array {
  return Float64Array.from(bigramCounts(words, vocab).counts);
}
