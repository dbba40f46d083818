import { fail } from "../errors.js";

/** A group whose rows ended up in more than one part of a split. */
export interface Leak {
  group: string;
  /** Part name → number of the group's rows in it. */
  parts: Record<string, number>;
}

/**
 * Finds groups (e.g. samples with technical replicates) whose rows sit in more than one part.
 *
 * @example
 * findLeakage(["s1", "s1", "s2"], { train: [0, 2], test: [1] }); // [{ group: "s1", parts: { train: 1, test: 1 } }]
 */
export function findLeakage(groups: ArrayLike<string | number>, parts: Record<string, readonly number[]>): Leak[] {
  const seen = new Map<string, Record<string, number>>();
  for (const [name, rows] of Object.entries(parts)) {
    for (const row of rows) {
      const key = String(groups[row]);
      const counts = seen.get(key) ?? {};
      counts[name] = (counts[name] ?? 0) + 1;
      seen.set(key, counts);
    }
  }
  return [...seen.entries()]
    .filter(([, counts]) => Object.keys(counts).length > 1)
    .map(([group, counts]) => ({ group, parts: counts }));
}

export function describeLeaks(leaks: Leak[]): string {
  const shown = leaks.slice(0, 3).map((l) => {
    const where = Object.entries(l.parts)
      .map(([part, count]) => `${count} in ${part}`)
      .join(", ");
    return `group "${l.group}" has rows ${where}`;
  });
  const more = leaks.length > 3 ? ` and ${leaks.length - 3} more groups` : "";
  return `${leaks.length} group${leaks.length === 1 ? "" : "s"} straddle the parts (${shown.join("; ")}${more})`;
}

/** Throws or warns (per `policy`) when a row-wise split separates a group. */
export function reportLeakage(
  groups: ArrayLike<string | number> | undefined,
  parts: Record<string, readonly number[]>,
  policy: "error" | "warn",
  warnings: string[],
): void {
  if (!groups) return;
  const leaks = findLeakage(groups, parts);
  if (leaks.length === 0) return;
  if (policy === "error") fail("LEAKAGE", describeLeaks(leaks));
  warnings.push(`This split leaks: ${describeLeaks(leaks)}; test scores will look better than they are.`);
}
