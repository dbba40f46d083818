/**
 * Stand-ins for @nudge/datasets (createRng) and @nudge/encoders (char vocabulary, context
 * windows) while those packages are being written; the same shapes, swapped out later.
 */

/** A seeded random source (same interface as @nudge/datasets' `createRng`). */
export interface Rng {
  next(): number;
  normal(): number;
  int(n: number): number;
  shuffle<T>(items: T[]): T[];
}

/** mulberry32 with Box–Muller normals. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const int = (n: number): number => Math.floor(next() * n);
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  return { next, normal, int, shuffle };
}
