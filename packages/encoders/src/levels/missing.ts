import { fail } from "../errors.js";
import type { MissingPolicy } from "./types.js";

const allowed = {
  categorical: ["error", "mode", "category"],
  numeric: ["error", "mean", "median"],
} as const;

/** Checks a missing-value policy is meaningful for the kind of column. */
export function checkMissing(policy: MissingPolicy, kind: "categorical" | "numeric", nominal = true): MissingPolicy {
  if (typeof policy === "object" && policy !== null && "value" in policy) return policy;
  const names: readonly string[] =
    kind === "numeric" ? allowed.numeric : allowed.categorical.filter((p) => nominal || p !== "category");
  if (!names.includes(policy as string)) {
    fail("BAD_OPTION", "missing", policy, `one of ${names.map((n) => `"${n}"`).join(", ")} or { value }`);
  }
  return policy;
}

/** The most frequent key (ties: the first seen). */
export function mode(keys: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const k of keys) {
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (c > bestCount) {
      best = k;
      bestCount = c;
    }
  }
  return best;
}

export function median(values: readonly number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
