import { fail } from "../errors.js";
import { categoryKey, formatVector, isMissing, placeOf, sortKeys, type Cell, type ColumnContext } from "./cells.js";
import { checkMissing, mode } from "./missing.js";
import type { ColumnEncoder, MissingPolicy, NominalState } from "./types.js";

/** Options of {@link NominalEncoder}. */
export interface NominalOptions {
  name?: string;
  /** Categories in a chosen order; learned (sorted) at fit time when omitted. */
  categories?: readonly string[];
  /** A category not seen at fit time: refuse it ("error", default) or map it to an extra "other" slot. */
  unseen?: "error" | "other";
  missing?: MissingPolicy;
}

const MISSING = "(missing)";
const OTHER = "(other)";

/**
 * One-hot encoder for nominal data: one slot per category, 1 in the value's slot.
 *
 * @example
 * const base = new NominalEncoder({ name: "base" }).fit(["A", "C", "G", "T"]);
 * base.transform(["G"]); // Float32Array [0, 0, 1, 0]
 * base.explain("A"); // "A → [1, 0, 0, 0]"
 */
export class NominalEncoder implements ColumnEncoder<NominalState> {
  readonly level = "nominal" as const;
  readonly name: string;
  readonly unseen: "error" | "other";
  readonly missing: MissingPolicy;
  private categories: string[] | undefined;
  private readonly declared: boolean;
  private fill: string | undefined;

  constructor(options: NominalOptions = {}) {
    this.name = options.name ?? "value";
    this.unseen = options.unseen ?? "error";
    if (this.unseen !== "error" && this.unseen !== "other")
      fail("BAD_OPTION", "unseen", this.unseen, `"error" or "other"`);
    this.missing = checkMissing(options.missing ?? "error", "categorical");
    this.categories = options.categories?.map(categoryKey);
    this.declared = options.categories !== undefined;
  }

  /** Restores a fitted encoder from {@link NominalEncoder.toJSON}'s output. */
  static fromJSON(state: NominalState): NominalEncoder {
    const e = new NominalEncoder({
      name: state.name,
      categories: state.categories,
      unseen: state.unseen,
      missing: state.missing,
    });
    e.fill = state.fill;
    return e;
  }

  private get known(): string[] {
    if (!this.categories) return fail("NOT_FITTED", `nominal "${this.name}"`);
    return this.categories;
  }

  get width(): number {
    return this.known.length + (this.unseen === "other" ? 1 : 0);
  }

  get featureNames(): string[] {
    const names = this.known.map((c) => `${this.name}=${c}`);
    return this.unseen === "other" ? [...names, `${this.name}=${OTHER}`] : names;
  }

  fit(values: readonly Cell[], context?: ColumnContext): this {
    const keys = values.filter((v) => !isMissing(v)).map(categoryKey);
    const categories = this.declared && this.categories ? this.categories : sortKeys(keys);
    if (this.missing === "category" && !categories.includes(MISSING)) categories.push(MISSING);
    this.categories = categories;
    if (this.missing === "mode") this.fill = mode(keys);
    if (typeof this.missing === "object") this.fill = categoryKey(this.missing.value);
    if (categories.length === 0)
      fail("EMPTY_INPUT", `column "${context?.column ?? this.name}" (no non-missing values)`);
    return this;
  }

  private indexOf(cell: Cell, i: number, context?: ColumnContext): number {
    const ctx = { column: this.name, ...context };
    let key: string;
    if (isMissing(cell)) {
      if (this.missing === "category") key = MISSING;
      else if (this.fill !== undefined) key = this.fill;
      else return fail("MISSING_VALUE", placeOf(ctx, i, cell));
    } else key = categoryKey(cell);
    const index = this.known.indexOf(key);
    if (index >= 0) return index;
    if (this.unseen === "other") return this.known.length;
    return fail("UNSEEN_CATEGORY", placeOf(ctx, i, cell), this.known);
  }

  transform(values: readonly Cell[], context?: ColumnContext): Float32Array {
    const width = this.width;
    const out = new Float32Array(values.length * width);
    values.forEach((cell, i) => (out[i * width + this.indexOf(cell, i, context)] = 1));
    return out;
  }

  inverse(data: ArrayLike<number>): Cell[] {
    const width = this.width;
    if (data.length % width !== 0) fail("WIDTH_MISMATCH", data.length, width);
    const out: Cell[] = [];
    for (let r = 0; r < data.length / width; r++) {
      let best = 0;
      for (let j = 1; j < width; j++)
        if ((data[r * width + j] as number) > (data[r * width + best] as number)) best = j;
      out.push(best < this.known.length ? (this.known[best] as string) : OTHER);
    }
    return out;
  }

  explain(value?: Cell): string {
    if (value !== undefined) return `${String(value)} → ${formatVector(this.transform([value]))}`;
    const first = this.known[0] as string;
    const other = this.unseen === "other" ? ", plus one slot for unseen categories" : "";
    return `One-hot over ${this.known.length} categories of "${this.name}"${other}: ${first} → ${formatVector(this.transform([first]))}.`;
  }

  toJSON(): NominalState {
    const state: NominalState = {
      level: "nominal",
      name: this.name,
      categories: this.known.slice(),
      unseen: this.unseen,
      missing: this.missing,
    };
    if (this.fill !== undefined) state.fill = this.fill;
    return state;
  }
}
