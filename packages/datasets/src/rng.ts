import { fail } from "./errors.js";

/**
 * A seeded pseudo-random number generator: the one source of randomness in Nudge's data.
 * `@nudge/autograd`'s `createRng` is the same generator with this interface (rng.test.ts checks it).
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

/** The mulberry32 state step: each draw adds this to the 32-bit state. */
const GOLDEN = 0x6d2b79f5;

/**
 * Creates a deterministic generator (mulberry32): the same seed always gives the same numbers.
 * `skip` starts it as if `skip` numbers had been drawn already (in constant time: a draw adds a
 * constant to the 32-bit state), so a sampler can jump to any step.
 *
 * @example
 * const rng = createRng(42);
 * rng.next(); // same value on every run and every machine
 * createRng(42, 1).next(); // the second number of seed 42, without drawing the first
 */
export function createRng(seed: number | string = 0, skip = 0): Rng {
  if (!Number.isSafeInteger(skip) || skip < 0) fail("BAD_OPTION", "skip", skip, "a whole number ≥ 0");
  const initial = typeof seed === "number" && Number.isInteger(seed) ? seed >>> 0 : hashSeed(seed);
  let state = (initial + Math.imul(skip, GOLDEN)) >>> 0;
  let spare: number | null = null;

  const next = (): number => {
    state = (state + GOLDEN) >>> 0;
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
