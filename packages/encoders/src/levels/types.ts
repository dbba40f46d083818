import type { Cell, ColumnContext } from "./cells.js";

/** The four measurement levels (COURSE.md, "Data types and how they become numbers"). */
export type Level = "nominal" | "ordinal" | "interval" | "ratio";

/**
 * What to do with a missing value: refuse it ("error", the default), fill it with a statistic
 * learned at fit time ("mean", "median" for numbers, "mode" for categories), give it its own
 * category ("category", nominal only), or fill a fixed value.
 */
export type MissingPolicy = "error" | "mean" | "median" | "mode" | "category" | { value: string | number };

/** An encoder for one column: fit on training values, then transform, inverse and explain. */
export interface ColumnEncoder<State extends { level: Level } = EncoderState> {
  readonly level: Level;
  /** Column name, used in feature names and error messages. */
  readonly name: string;
  /** Numbers written per value (after fit). */
  readonly width: number;
  /** One name per output number, e.g. `["base=A", "base=C", …]` (after fit). */
  readonly featureNames: string[];
  /** Learns categories or statistics from `values`; returns the encoder. */
  fit(values: readonly Cell[], context?: ColumnContext): this;
  /** Encodes values as `values.length × width` numbers, row-major. */
  transform(values: readonly Cell[], context?: ColumnContext): Float32Array;
  /** Decodes `k × width` numbers back to k values. */
  inverse(data: ArrayLike<number>): Cell[];
  /** One sentence for the UI, about the encoder or about one value ("A → [1, 0, 0, 0]"). */
  explain(value?: Cell): string;
  /** Plain JSON that {@link encoderFromJSON} turns back into a fitted encoder. */
  toJSON(): State;
}

/** Saved state of a nominal (one-hot) encoder. */
export interface NominalState {
  level: "nominal";
  name: string;
  categories: string[];
  unseen: "error" | "other";
  missing: MissingPolicy;
  fill?: string;
}

/** Saved state of an ordinal encoder. */
export interface OrdinalState {
  level: "ordinal";
  name: string;
  levels: string[];
  code: "rank" | "thermometer";
  missing: MissingPolicy;
  fill?: string;
}

/** Saved state of an interval or ratio (numeric) encoder. */
export interface NumericState {
  level: "interval" | "ratio";
  name: string;
  transform: "zscore" | "log" | "log1p";
  mean: number;
  std: number;
  missing: MissingPolicy;
  fill?: number;
}

/** Saved state of any column encoder. */
export type EncoderState = NominalState | OrdinalState | NumericState;
