import { fail } from "./errors.js";

/** One named dimension of a shape. */
export interface DimInfo {
  /** Layout letter: n, c, h, w, l, or another letter you chose. */
  letter: string;
  size: number;
  /** Plain words for the UI, e.g. "examples" or "height". */
  meaning: string;
}

/** What a tensor shape is, in the course's words (COURSE.md, "Shapes"). */
export interface ShapeDescription {
  rank: number;
  /** "scalar", "vector", "matrix", "3-tensor", "4-tensor", … */
  name: string;
  /** The layout letters used, e.g. "nhwc". */
  layout: string;
  dims: DimInfo[];
  /** Number of values (product of the sizes). */
  size: number;
  /** One line for a badge: `3-tensor [n=2, l=100, c=4]`. */
  text: string;
}

const meanings: Record<string, string> = {
  n: "examples",
  c: "channels / features",
  h: "height",
  w: "width",
  l: "length (positions or time)",
  d: "dimension",
};

/** The layout assumed per rank when none is given (one convention; show it rather than assume it). */
export const defaultLayouts: readonly string[] = ["", "n", "nc", "nlc", "nchw", "nchwl"];

/**
 * Describes a shape: rank, its name and what each dimension means.
 *
 * @example
 * describeShape([32, 28, 28, 3], "nhwc").text; // "4-tensor [n=32, h=28, w=28, c=3]"
 * describeShape([]).name; // "scalar"
 */
export function describeShape(shape: readonly number[], layout?: string): ShapeDescription {
  if (!Array.isArray(shape) || shape.some((d) => !Number.isInteger(d) || d < 0)) fail("BAD_SHAPE", shape);
  const rank = shape.length;
  const letters = (layout ?? defaultLayouts[rank] ?? "d".repeat(rank)).toLowerCase();
  if (letters.length !== rank) fail("LAYOUT_MISMATCH", letters, rank);
  if (!/^[a-z]*$/.test(letters) || letters.replace(/d/g, "").length !== new Set(letters.replace(/d/g, "")).size) {
    fail("BAD_OPTION", "layout", layout, "letters a–z, each at most once (d may repeat)");
  }
  const dims = shape.map((size, i) => {
    const letter = letters[i] as string;
    return { letter, size, meaning: meanings[letter] ?? "dimension" };
  });
  const name = rank === 0 ? "scalar" : rank === 1 ? "vector" : rank === 2 ? "matrix" : `${rank}-tensor`;
  const size = shape.reduce((p, d) => p * d, 1);
  const text = rank === 0 ? "scalar" : `${name} [${dims.map((d) => `${d.letter}=${d.size}`).join(", ")}]`;
  return { rank, name, layout: letters, dims, size, text };
}
