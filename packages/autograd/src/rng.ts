/** A seeded pseudo-random generator, so initialisations and demos repeat exactly. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  /** Integer in [0, n). */
  int(n: number): number;
}

/**
 * A mulberry32 generator with Box–Muller normals; the same `seed` gives the same sequence everywhere.
 * @example
 * const rng = createRng(1337);
 * rng.uniform(-1, 1); // the same number on every run
 */
export function createRng(seed: number): Rng {
  let state = Math.floor(seed) >>> 0;
  let spare = Number.NaN;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    int: (n) => Math.floor(next() * n),
    normal: () => {
      if (spare === spare) {
        const s = spare;
        spare = Number.NaN;
        return s;
      }
      const u = 1 - next();
      const r = Math.sqrt(-2 * Math.log(u));
      const theta = 2 * Math.PI * next();
      spare = r * Math.sin(theta);
      return r * Math.cos(theta);
    },
  };
}
