import { fail } from "../errors.js";

/** Options shared by every split. */
export interface SplitOptions {
  /** Seed of the shuffle (default 0). */
  seed?: number;
  /** One label per row: keep each label's share the same in every part. */
  stratify?: ArrayLike<string | number>;
  /** One group id per row (e.g. the sample that technical replicates were measured on). */
  groups?: ArrayLike<string | number>;
  /** Keep groups whole ("group", the default when `groups` is given) or split rows freely ("row"). */
  by?: "group" | "row";
  /** What a row split that separates a group does: throw (default) or add a warning. */
  leakage?: "error" | "warn";
}

export interface Unit {
  rows: number[];
  label: string;
}

export function checkLength(what: string, values: ArrayLike<unknown> | undefined, n: number): void {
  if (values && values.length !== n) fail("LENGTH_MISMATCH", what, values.length, n);
}

/** The things a split shuffles: whole groups, or single rows. */
export function makeUnits(n: number, options: SplitOptions, warnings: string[]): Unit[] {
  checkLength("stratify", options.stratify, n);
  checkLength("groups", options.groups, n);
  const label = (i: number) => (options.stratify ? String(options.stratify[i]) : "");
  if (!options.groups || options.by === "row") {
    return Array.from({ length: n }, (_, i) => ({ rows: [i], label: label(i) }));
  }
  const byGroup = new Map<string, Unit>();
  for (let i = 0; i < n; i++) {
    const key = String(options.groups[i]);
    const unit = byGroup.get(key);
    if (!unit) byGroup.set(key, { rows: [i], label: label(i) });
    else {
      if (unit.label !== label(i)) {
        warnings.push(
          `Group "${key}" mixes labels "${unit.label}" and "${label(i)}"; it is stratified as "${unit.label}".`,
        );
      }
      unit.rows.push(i);
    }
  }
  return [...byGroup.values()];
}

/** Units grouped by stratum label, in first-appearance order of the labels. */
export function strata(units: Unit[]): Unit[][] {
  const map = new Map<string, Unit[]>();
  for (const u of units) {
    const list = map.get(u.label);
    if (list) list.push(u);
    else map.set(u.label, [u]);
  }
  return [...map.values()];
}

export function rowsOf(units: Unit[]): number[] {
  return units.flatMap((u) => u.rows).sort((a, b) => a - b);
}
