/** Where in the learner's data something went wrong. */
export interface Place {
  /** 1-based line in the source file. */
  line?: number;
  /** Column name (tables) or 1-based column number (text files). */
  column?: string | number;
  /** 1-based row (data rows, header excluded) when no file line is known. */
  row?: number;
  /** Sequence, word or image: its id or 1-based number. */
  item?: string | number;
  /** 1-based position inside a sequence or word. */
  position?: number;
  /** The offending value, as written. */
  value?: unknown;
}

/** Renders a place as "line 4, column "height", value "abc"". */
export function formatPlace(place: Place): string {
  const parts: string[] = [];
  if (place.item !== undefined) parts.push(typeof place.item === "number" ? `item ${place.item}` : `"${place.item}"`);
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  else if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.column !== undefined)
    parts.push(typeof place.column === "number" ? `column ${place.column}` : `column "${place.column}"`);
  if (place.position !== undefined) parts.push(`position ${place.position}`);
  if (place.value !== undefined)
    parts.push(`value ${typeof place.value === "string" ? JSON.stringify(place.value) : String(place.value)}`);
  return parts.length ? parts.join(", ") : "input";
}

const at = (p: Place) => `At ${formatPlace(p)}: `;

/** What the learner can do about an unknown symbol, in the words of the function that met it. */
const symbolRemedies = {
  oneHot: 'Fix it, allow IUPAC codes, or choose unknown: "zero".',
  fasta:
    'Fix it, or parse without an alphabet and choose unknown: "zero" when one-hot encoding (IUPAC codes and one "*" stop at the end are accepted).',
  vocab: "Fix it, or build the vocabulary from words that contain it.",
} as const;

/** Every error @nudge/encoders raises: code → message builder. */
export const encoderErrors = {
  MISSING_VALUE: (p: Place) =>
    `${at(p)}the value is missing. Fill it in, drop the row, or choose an imputation (mean, median, mode, or a fixed value).`,
  NOT_A_NUMBER: (p: Place) => `${at(p)}expected a number. Fix the value, or encode the column as nominal or ordinal.`,
  NEGATIVE_RATIO: (p: Place) =>
    `${at(p)}ratio data has a natural zero and cannot be negative. Use the interval level for data that can go below zero.`,
  LOG_OF_ZERO: (p: Place) =>
    `${at(p)}the log of 0 is undefined. Use the "log1p" transform (log of 1 + x) for data with zeros.`,
  UNSEEN_CATEGORY: (p: Place, known: readonly string[]) =>
    `${at(p)}this category was not seen when fitting (known: ${list(known)}). Fix the value, or fit with unseen: "other".`,
  UNKNOWN_LEVEL: (p: Place, levels: readonly string[]) =>
    `${at(p)}this is not one of the declared levels (${list(levels)}).`,
  ORDINAL_LEVELS_REQUIRED: (column: string, values: readonly string[]) =>
    `Column "${column}" is ordinal but its order is not known: declare levels, lowest first (values seen: ${list(values)}).`,
  NOT_FITTED: (what: string) => `The ${what} encoder is not fitted yet: call fit(values) first.`,
  BAD_OPTION: (option: string, value: unknown, expected: string) =>
    `Option ${option} = ${JSON.stringify(value)} is not allowed: expected ${expected}.`,
  BAD_STATE: (reason: string) => `Cannot restore the encoder from JSON: ${reason}.`,
  WIDTH_MISMATCH: (got: number, width: number) =>
    `Cannot decode ${got} numbers: the encoder writes ${width} per value, so the length must be a multiple of ${width}.`,
  COLUMN_NOT_FOUND: (column: string, available: readonly string[]) =>
    `The schema names column "${column}", which the table does not have (columns: ${list(available)}).`,
  EMPTY_INPUT: (what: string) => `There is nothing to encode: ${what} is empty.`,
  CSV_QUOTES: (p: Place) =>
    `${at(p)}a quoted field is not closed. Close the quote, or remove the stray quote character.`,
  CSV_PARSE: (p: Place, detail: string) => `${at(p)}${detail}.`,
  CSV_RAGGED_ROW: (p: Place, got: number, expected: number) =>
    `${at(p)}this row has ${got} fields but the header has ${expected}. Check for a missing or extra delimiter.`,
  CSV_BAD_HEADER: (p: Place, problem: string) => `${at(p)}${problem}. Every column needs a unique, non-empty name.`,
  FASTA_NO_HEADER: (p: Place) =>
    `${at(p)}sequence data comes before any ">" header line. Start each record with ">id".`,
  FASTA_EMPTY_ID: (p: Place) => `${at(p)}the header has no id. Write the id right after ">".`,
  FASTA_EMPTY_SEQUENCE: (p: Place) => `${at(p)}this record has no sequence.`,
  FASTA_BAD_CHAR: (p: Place) => `${at(p)}this character cannot be part of a sequence.`,
  UNKNOWN_SYMBOL: (p: Place, alphabet: string, reader: keyof typeof symbolRemedies) =>
    `${at(p)}this symbol is not in the alphabet ${alphabet}. ${symbolRemedies[reader]}`,
  TOKEN_IN_WORD: (p: Place, token: string) =>
    `${at(p)}the word contains "${token}", which is the start/end token. Remove it, or choose another token.`,
  WORDS_TOO_FEW: (got: number) =>
    `A word list needs at least 2 words (one per line) to train and test on; it has ${got}.`,
  WORDS_TOO_MANY: (p: Place, max: number) => `${at(p)}the list is longer than ${max} words. Use a shorter list.`,
  WORD_EMPTY: (p: Place) => `${at(p)}the word is empty. Remove the line or write a word on it.`,
  WORD_TOO_LONG: (p: Place, length: number, max: number) =>
    `${at(p)}the word has ${length} characters; the limit is ${max}. Shorten it or remove it.`,
  WORD_BAD_CHAR: (p: Place) =>
    `${at(p)}the word contains a control character (a tab or a line break, for example). Remove it.`,
  WORDS_TOO_MANY_CHARS: (p: Place, max: number, chars: string) =>
    `${at(p)}this word brings the vocabulary to more than ${max} distinct characters (so far: ${chars}). Use fewer distinct characters, e.g. lower case only.`,
  WORDS_TOO_LONG_IN_ALL: (p: Place, max: number) =>
    `${at(p)}the words so far have more than ${max} characters in all. Use a shorter list.`,
  TEXT_TOO_LARGE: (size: number, max: number) =>
    `The text is ${(size / 1e6).toFixed(1)} MB; word lists are limited to ${(max / 1e6).toFixed(1)} MB. Use a shorter list.`,
  IMAGE_BAD_BUFFER: (p: Place, got: number, expected: number) =>
    `${at(p)}the pixel buffer has ${got} bytes; width × height × 4 (RGBA) needs ${expected}.`,
  IMAGE_SIZE_MISMATCH: (p: Place, size: string, first: string) =>
    `${at(p)}the image is ${size} but the first image is ${first}. Give a resize size so all images match.`,
  BAD_SHAPE: (shape: unknown) => `A shape is a list of whole numbers ≥ 0; got ${JSON.stringify(shape)}.`,
  LAYOUT_MISMATCH: (layout: string, rank: number) =>
    `Layout "${layout}" names ${layout.length} dims but the shape has rank ${rank}; give one letter per dim.`,
} as const;

function list(values: readonly string[]): string {
  const shown = values.slice(0, 8).map((v) => JSON.stringify(v));
  return values.length > 8 ? `${shown.join(", ")}, … ${values.length - 8} more` : shown.join(", ");
}

export type EncoderErrorCode = keyof typeof encoderErrors;

/** An error from @nudge/encoders: a stable `code`, a message naming the place, and the place itself. */
export class EncoderError extends Error {
  readonly code: EncoderErrorCode;
  readonly place: Place | undefined;
  constructor(code: EncoderErrorCode, message: string, place?: Place) {
    super(message);
    this.name = "EncoderError";
    this.code = code;
    this.place = place;
  }
}

export function fail<C extends EncoderErrorCode>(code: C, ...args: Parameters<(typeof encoderErrors)[C]>): never {
  const make = encoderErrors[code] as (...a: unknown[]) => string;
  const first = args[0];
  const place = typeof first === "object" && first !== null && !Array.isArray(first) ? (first as Place) : undefined;
  throw new EncoderError(code, make(...args), place);
}
