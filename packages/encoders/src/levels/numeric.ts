import { fail } from "../errors.js";
import { formatVector, parseNumber, placeOf, round, toNumbers, type Cell, type ColumnContext } from "./cells.js";
import { checkMissing, median } from "./missing.js";
import type { ColumnEncoder, MissingPolicy, NumericState } from "./types.js";

/** Options of {@link NumericEncoder}. */
export interface NumericOptions {
  name?: string;
  /** "interval" (default): any real number. "ratio": a natural zero, negative values refused. */
  level?: "interval" | "ratio";
  /** "zscore" (default); for ratio data also "log" (ln x) or "log1p" (ln(1 + x)) before the z-score. */
  transform?: "zscore" | "log" | "log1p";
  missing?: MissingPolicy;
}

/**
 * Interval and ratio encoder: optional log, then z-score with the mean and standard deviation
 * learned at fit time (population SD, as scikit-learn's StandardScaler; a constant column keeps SD 1).
 *
 * @example
 * const height = new NumericEncoder({ name: "height" }).fit([1, 2, 3]);
 * height.transform([3]); // Float32Array [1.2247…]
 */
export class NumericEncoder implements ColumnEncoder<NumericState> {
  readonly level: "interval" | "ratio";
  readonly name: string;
  readonly transformKind: "zscore" | "log" | "log1p";
  readonly missing: MissingPolicy;
  readonly width = 1;
  private stats: { mean: number; std: number } | undefined;
  private fill: number | undefined;

  constructor(options: NumericOptions = {}) {
    this.name = options.name ?? "value";
    this.level = options.level ?? "interval";
    this.transformKind = options.transform ?? "zscore";
    if (
      !["zscore", "log", "log1p"].includes(this.transformKind) ||
      (this.level === "interval" && this.transformKind !== "zscore")
    ) {
      fail(
        "BAD_OPTION",
        "transform",
        this.transformKind,
        this.level === "interval" ? `"zscore" for interval data` : `"zscore", "log" or "log1p"`,
      );
    }
    this.missing = checkMissing(options.missing ?? "error", "numeric");
    if (typeof this.missing === "object") {
      const value = parseNumber(this.missing.value);
      if (value === null) fail("BAD_OPTION", "missing.value", this.missing.value, "a number");
      this.fill = value;
    }
  }

  /** Restores a fitted encoder from {@link NumericEncoder.toJSON}'s output. */
  static fromJSON(state: NumericState): NumericEncoder {
    const e = new NumericEncoder({
      name: state.name,
      level: state.level,
      transform: state.transform,
      missing: state.missing,
    });
    e.stats = { mean: state.mean, std: state.std };
    e.fill = state.fill;
    return e;
  }

  get featureNames(): string[] {
    return [this.transformKind === "zscore" ? this.name : `${this.transformKind}(${this.name})`];
  }

  private get fitted(): { mean: number; std: number } {
    return this.stats ?? fail("NOT_FITTED", `${this.level} "${this.name}"`);
  }

  private forward(x: number, i: number, context?: ColumnContext): number {
    if (this.level === "ratio" && x < 0) fail("NEGATIVE_RATIO", placeOf({ column: this.name, ...context }, i, x));
    if (this.transformKind === "log") {
      if (x === 0) fail("LOG_OF_ZERO", placeOf({ column: this.name, ...context }, i, x));
      return Math.log(x);
    }
    return this.transformKind === "log1p" ? Math.log1p(x) : x;
  }

  private complete(values: readonly Cell[], context?: ColumnContext): number[] {
    return toNumbers(values, { column: this.name, ...context }).map((x, i) => {
      if (x !== null) return x;
      if (this.fill === undefined)
        return fail("MISSING_VALUE", placeOf({ column: this.name, ...context }, i, values[i]));
      return this.fill;
    });
  }

  fit(values: readonly Cell[], context?: ColumnContext): this {
    const present = toNumbers(values, { column: this.name, ...context }).filter((x): x is number => x !== null);
    if (present.length === 0) fail("EMPTY_INPUT", `column "${context?.column ?? this.name}" (no numbers)`);
    if (this.missing === "mean") this.fill = present.reduce((s, x) => s + x, 0) / present.length;
    if (this.missing === "median") this.fill = median(present);
    const t = this.complete(values, context).map((x, i) => this.forward(x, i, context));
    const mean = t.reduce((s, x) => s + x, 0) / t.length;
    const std = Math.sqrt(t.reduce((s, x) => s + (x - mean) ** 2, 0) / t.length);
    this.stats = { mean, std: std > 0 ? std : 1 };
    return this;
  }

  transform(values: readonly Cell[], context?: ColumnContext): Float32Array {
    const { mean, std } = this.fitted;
    return Float32Array.from(this.complete(values, context), (x, i) => (this.forward(x, i, context) - mean) / std);
  }

  inverse(data: ArrayLike<number>): Cell[] {
    const { mean, std } = this.fitted;
    return Array.from(data, (z) => {
      const t = z * std + mean;
      return this.transformKind === "log" ? Math.exp(t) : this.transformKind === "log1p" ? Math.expm1(t) : t;
    });
  }

  explain(value?: Cell): string {
    if (value !== undefined) return `${String(value)} → ${formatVector(this.transform([value]))}`;
    const { mean, std } = this.fitted;
    const x = this.transformKind === "zscore" ? "x" : this.transformKind === "log" ? "ln x" : "ln(1 + x)";
    const one = this.inverse([1])[0] as number;
    const lead = this.transformKind === "zscore" ? "Centred and scaled" : "Log-transformed, then centred and scaled";
    return `${lead}: (${x} − ${round(mean)}) / ${round(std)}, so ${this.name} = ${round(this.inverse([0])[0] as number)} → 0 and ${round(one)} → 1.`;
  }

  toJSON(): NumericState {
    const { mean, std } = this.fitted;
    const state: NumericState = {
      level: this.level,
      name: this.name,
      transform: this.transformKind,
      mean,
      std,
      missing: this.missing,
    };
    if (this.fill !== undefined) state.fill = this.fill;
    return state;
  }
}
