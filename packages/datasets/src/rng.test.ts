import { createRng as autogradRng, type Rng as AutogradRng } from "@nudge/autograd";
import { describe, expect, it } from "vitest";
import { createRng, type Rng } from "./rng.js";

describe("createRng", () => {
  it("is deterministic by seed and differs between seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it("matches a separate copy of the published mulberry32 algorithm", () => {
    // Reference values from the original mulberry32 (Tommy Ettinger), returning t >>> 0 / 2^32.
    const ref = (seed: number) => () => {
      let t = (seed += 0x6d2b79f5);
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const r = ref(12345);
    const rng = createRng(12345);
    for (let i = 0; i < 10; i++) expect(rng.next()).toBe(r());
  });

  it("gives uniform numbers in [0, 1) with mean ≈ 0.5 and normals with mean ≈ 0, sd ≈ 1", () => {
    const rng = createRng(1);
    const u = Array.from({ length: 20000 }, () => rng.next());
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    expect(u.reduce((s, x) => s + x, 0) / u.length).toBeCloseTo(0.5, 1);
    const z = Array.from({ length: 20000 }, () => rng.normal());
    const mean = z.reduce((s, x) => s + x, 0) / z.length;
    const sd = Math.sqrt(z.reduce((s, x) => s + (x - mean) ** 2, 0) / z.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });

  it("int stays in range and shuffle is a permutation", () => {
    const rng = createRng("seed as text");
    for (let i = 0; i < 1000; i++) {
      const k = rng.int(7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
    }
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle(items.slice());
    expect(shuffled).not.toEqual(items);
    expect(shuffled.slice().sort((x, y) => x - y)).toEqual(items);
  });

  it("is the same generator as @nudge/autograd's createRng, with the same interface", () => {
    const draw = (rng: Rng) => [
      ...Array.from({ length: 50 }, () => rng.next()),
      ...Array.from({ length: 20 }, () => rng.uniform(-1, 1)),
      ...Array.from({ length: 21 }, () => rng.normal()),
      ...Array.from({ length: 10 }, () => rng.normal(3, 0.5)),
      ...Array.from({ length: 20 }, () => rng.int(1000)),
      ...rng.shuffle(Array.from({ length: 30 }, (_, i) => i)),
      rng.seed,
    ];
    for (const seed of [0, 1, 42, 1337, 2 ** 32 - 1, -7, 2.5, "seed as text"]) {
      // Each type accepts the other's generator: one interface.
      const fromAutograd: Rng = autogradRng(seed);
      const fromDatasets: AutogradRng = createRng(seed);
      expect(draw(fromAutograd)).toEqual(draw(fromDatasets));
    }
  });
});

describe("createRng(seed, skip)", () => {
  it("starts where the plain generator is after `skip` draws (also past 2^32 draws' wrap of the multiplier)", () => {
    const plain = createRng(7);
    const seq = Array.from({ length: 50 }, () => plain.next());
    for (const k of [0, 1, 17, 49]) expect(createRng(7, k).next()).toBe(seq[k]);
    // 2^32 draws bring the 32-bit state back to the start.
    expect(createRng(7, 2 ** 32 + 3).next()).toBe(seq[3]);
  });

  it("refuses a skip that is not a whole number ≥ 0", () => {
    expect(() => createRng(1, -1)).toThrow(/skip/);
    expect(() => createRng(1, 0.5)).toThrow(/skip/);
  });
});
