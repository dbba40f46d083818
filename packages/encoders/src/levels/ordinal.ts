import { fail } from "../errors.js";
import { categoryKey, formatVector, isMissing, placeOf, type Cell, type ColumnContext } from "./cells.js";
import { checkMissing, mode } from "./missing.js";
import { orderLevels } from "./scales.js";
import type { ColumnEncoder, MissingPolicy, OrdinalState } from "./types.js";

/** Options of {@link OrdinalEncoder}. */
export interface OrdinalOptions {
  name?: string;
  /** Levels lowest first. Without them, numbers are ordered numerically and known word scales are recognised. */
  levels?: readonly (string | number)[];
  /** "rank": one number, 0 … k−1 (default). "thermometer": k−1 numbers, level i has i leading ones. */
  code?: "rank" | "thermometer";
  missing?: MissingPolicy;
}

/**
 * Ordinal encoder: integer rank, or cumulative ("thermometer") code over ordered levels.
 *
 * @example
 * const severity = new OrdinalEncoder({ levels: ["low", "mid", "high"], code: "thermometer" }).fit([]);
 * severity.transform(["mid"]); // Float32Array [1, 0]
 */
export class OrdinalEncoder implements ColumnEncoder<OrdinalState> {
  readonly level = "ordinal" as const;
  readonly name: string;
  readonly code: "rank" | "thermometer";
  readonly missing: MissingPolicy;
  private levels: string[] | undefined;
  private readonly declared: boolean;
  private fill: string | undefined;

  constructor(options: OrdinalOptions = {}) {
    this.name = options.name ?? "value";
    this.code = options.code ?? "rank";
    if (this.code !== "rank" && this.code !== "thermometer")
      fail("BAD_OPTION", "code", this.code, `"rank" or "thermometer"`);
    this.missing = checkMissing(options.missing ?? "error", "categorical", false);
    this.levels = options.levels?.map(categoryKey);
    this.declared = options.levels !== undefined;
  }

  /** Restores a fitted encoder from {@link OrdinalEncoder.toJSON}'s output. */
  static fromJSON(state: OrdinalState): OrdinalEncoder {
    const e = new OrdinalEncoder({ name: state.name, levels: state.levels, code: state.code, missing: state.missing });
    e.fill = state.fill;
    return e;
  }

  private get known(): string[] {
    if (!this.levels) return fail("NOT_FITTED", `ordinal "${this.name}"`);
    return this.levels;
  }

  get width(): number {
    return this.code === "rank" ? 1 : Math.max(this.known.length - 1, 1);
  }

  get featureNames(): string[] {
    if (this.code === "rank") return [`${this.name} (rank)`];
    return this.known.slice(1).map((level) => `${this.name}≥${level}`);
  }

  fit(values: readonly Cell[], context?: ColumnContext): this {
    const keys = values.filter((v) => !isMissing(v)).map(categoryKey);
    if (!this.declared) {
      const ordered = orderLevels(keys);
      if (!ordered) fail("ORDINAL_LEVELS_REQUIRED", context?.column ?? this.name, [...new Set(keys)]);
      this.levels = ordered;
    }
    if (this.missing === "mode") this.fill = mode(keys);
    if (typeof this.missing === "object") this.fill = categoryKey(this.missing.value);
    return this;
  }

  private rankOf(cell: Cell, i: number, context?: ColumnContext): number {
    const ctx = { column: this.name, ...context };
    if (isMissing(cell) && this.fill === undefined) return fail("MISSING_VALUE", placeOf(ctx, i, cell));
    const key = isMissing(cell) ? (this.fill as string) : categoryKey(cell);
    const rank = this.known.indexOf(key);
    if (rank < 0) fail("UNKNOWN_LEVEL", placeOf(ctx, i, cell), this.known);
    return rank;
  }

  transform(values: readonly Cell[], context?: ColumnContext): Float32Array {
    const width = this.width;
    const out = new Float32Array(values.length * width);
    values.forEach((cell, i) => {
      const rank = this.rankOf(cell, i, context);
      if (this.code === "rank") out[i] = rank;
      else for (let j = 0; j < rank; j++) out[i * width + j] = 1;
    });
    return out;
  }

  inverse(data: ArrayLike<number>): Cell[] {
    const width = this.width;
    if (data.length % width !== 0) fail("WIDTH_MISMATCH", data.length, width);
    const last = this.known.length - 1;
    const out: Cell[] = [];
    for (let r = 0; r < data.length / width; r++) {
      let rank = 0;
      if (this.code === "rank") rank = Math.round(data[r] as number);
      else while (rank < width && (data[r * width + rank] as number) > 0.5) rank++;
      out.push(this.known[Math.min(Math.max(rank, 0), last)] as string);
    }
    return out;
  }

  explain(value?: Cell): string {
    if (value !== undefined) return `${String(value)} → ${formatVector(this.transform([value]))}`;
    const pairs = this.known.slice(0, 4).map((level) => `${level} → ${formatVector(this.transform([level]))}`);
    const how = this.code === "rank" ? "integer rank" : "thermometer code";
    return `Ordered levels of "${this.name}" as ${how}: ${pairs.join(", ")}${this.known.length > 4 ? ", …" : ""}.`;
  }

  toJSON(): OrdinalState {
    const state: OrdinalState = {
      level: "ordinal",
      name: this.name,
      levels: this.known.slice(),
      code: this.code,
      missing: this.missing,
    };
    if (this.fill !== undefined) state.fill = this.fill;
    return state;
  }
}
