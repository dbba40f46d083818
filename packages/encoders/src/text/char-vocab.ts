import { fail } from "../errors.js";

/** A character vocabulary with a start/end token at index 0 (makemore's "."). */
export interface CharVocab {
  /** Index → character; `chars[0]` is the token. */
  readonly chars: readonly string[];
  readonly size: number;
  readonly token: string;
  /** Character → index; throws UNKNOWN_SYMBOL (naming word and position) for characters not in the vocabulary. */
  indexOf(ch: string, where?: { item?: string | number; position?: number }): number;
  /** Character → index, or −1 when the character is not in the vocabulary (no error: for hot loops). */
  find(ch: string): number;
  /** A word's character indices (no tokens). */
  encode(word: string): number[];
  /** Indices back to text (the token prints as itself). */
  decode(ids: ArrayLike<number>): string;
  toJSON(): { chars: string[]; token: string };
}

function build(chars: string[], token: string): CharVocab {
  const index = new Map(chars.map((c, i) => [c, i]));
  const vocab: CharVocab = {
    chars,
    size: chars.length,
    token,
    indexOf(ch, where = {}) {
      const i = index.get(ch);
      if (i === undefined)
        return fail("UNKNOWN_SYMBOL", { ...where, value: ch }, JSON.stringify(chars.join("")), "vocab");
      return i;
    },
    find: (ch) => index.get(ch) ?? -1,
    encode: (word) => Array.from(word, (ch, p) => vocab.indexOf(ch, { item: word, position: p + 1 })),
    decode: (ids) =>
      Array.from(ids, (i) => chars[i] ?? fail("BAD_OPTION", "id", i, `an index from 0 to ${chars.length - 1}`)).join(
        "",
      ),
    toJSON: () => ({ chars: chars.slice(), token }),
  };
  return vocab;
}

/**
 * Builds a character vocabulary from words: the token first, then the characters sorted.
 *
 * @example
 * const vocab = charVocab(["emma", "ava"]); // chars: [".", "a", "e", "m", "v"]
 * vocab.encode("ava"); // [1, 4, 1]
 */
export function charVocab(words: readonly string[], options: { token?: string } = {}): CharVocab {
  const token = options.token ?? ".";
  if ([...token].length !== 1) fail("BAD_OPTION", "token", token, "a single character");
  const seen = new Set<string>();
  const ascii = new Uint8Array(128);
  words.forEach((word, w) => {
    let p = 0;
    for (let i = 0; i < word.length; i++) {
      p++;
      const code = word.charCodeAt(i);
      if (code < 128 && ascii[code]) continue;
      const ch = String.fromCodePoint(word.codePointAt(i)!);
      i += ch.length - 1;
      if (ch === token) fail("TOKEN_IN_WORD", { item: w + 1, position: p, value: word }, token);
      if (code < 128) ascii[code] = 1;
      seen.add(ch);
    }
  });
  return build([token, ...[...seen].sort()], token);
}

/** Restores a vocabulary saved with `toJSON()`. */
export function charVocabFromJSON(json: { chars: string[]; token: string }): CharVocab {
  if (!Array.isArray(json?.chars) || json.chars[0] !== json.token || new Set(json.chars).size !== json.chars.length) {
    fail("BAD_STATE", "a vocabulary needs distinct chars with the token first");
  }
  return build(json.chars.slice(), json.token);
}
