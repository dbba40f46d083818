/**
 * A seeded pseudo-random number generator. The same generator and interface as `@nudge/datasets`'
 * `createRng` (a test there checks both give the same numbers), copied because autograd has no dependencies.
 */
export interface Rng {
  /** The seed this generator started from. */
  readonly seed: number;
  /** A uniform number in [0, 1). */
  next(): number;
  /** A uniform number in [min, max). */
  uniform(min: number, max: number): number;
  /** A normal (Gaussian) number with the given mean and standard deviation (default 0, 1). */
  normal(mean?: number, std?: number): number;
  /** A uniform integer in [0, n). */
  int(n: number): number;
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
}

function hashSeed(seed: number | string): number {
  const text = String(seed);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * A mulberry32 generator with Box–Muller normals (text seeds hashed with FNV-1a): the same seed gives
 * the same numbers here, in `@nudge/datasets` and on every machine.
 * @example
 * const rng = createRng(1337);
 * rng.uniform(-1, 1); // the same number on every run
 */
export function createRng(seed: number | string = 0): Rng {
  let state = typeof seed === "number" && Number.isInteger(seed) ? seed >>> 0 : hashSeed(seed);
  const initial = state;
  let spare: number | null = null;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const standardNormal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    // Box–Muller; 1 - next() lies in (0, 1], so the log is finite.
    const u = 1 - next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };

  return {
    seed: initial,
    next,
    uniform: (min, max) => min + (max - min) * next(),
    normal: (mean = 0, std = 1) => mean + std * standardNormal(),
    int: (n) => Math.floor(next() * n),
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i] as T;
        items[i] = items[j] as T;
        items[j] = tmp;
      }
      return items;
    },
  };
}
