import { describe, expect, it } from "vitest";
import { createRng } from "../rng.js";
import { minibatch } from "./minibatch.js";

const rows = Int32Array.from({ length: 40 }, (_, i) => 100 + i);

/** The sampler written as one generator stream over all steps (how the runtime drew batches before). */
function sequential(seed: number, size: number, steps: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: steps }, () => {
    const copy = [...rows];
    for (let i = 0; i < size; i++) {
      const j = i + rng.int(copy.length - i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, size);
  });
}

describe("minibatch", () => {
  it("draws step k as one continuous generator stream would, for any k directly", () => {
    const ref = sequential(1337, 16, 30);
    for (const k of [0, 1, 7, 29]) expect(Array.from(minibatch(rows, 16, { seed: 1337, step: k }))).toEqual(ref[k]);
  });

  it("gives distinct rows from `rows`, differing between steps and seeds", () => {
    const a = Array.from(minibatch(rows, 16, { seed: 1, step: 3 }));
    expect(new Set(a).size).toBe(16);
    expect(a.every((r) => rows.includes(r))).toBe(true);
    expect(Array.from(minibatch(rows, 16, { seed: 1, step: 4 }))).not.toEqual(a);
    expect(Array.from(minibatch(rows, 16, { seed: 2, step: 3 }))).not.toEqual(a);
    expect(Array.from(rows)).toEqual(Array.from({ length: 40 }, (_, i) => 100 + i));
  });

  it('uses every row, in order, for "all" or a batch at least as large as the data', () => {
    expect(minibatch(rows, "all", { seed: 1, step: 5 })).toBe(rows);
    expect(minibatch(rows, 40, { seed: 1, step: 5 })).toBe(rows);
  });

  it("refuses a bad batch size or step with the name of the setting", () => {
    expect(() => minibatch(rows, 0, { seed: 1, step: 0 })).toThrow(/batch size/);
    expect(() => minibatch(rows, 2.5, { seed: 1, step: 0 })).toThrow(/batch size/);
    expect(() => minibatch(rows, 4, { seed: 1, step: -1 })).toThrow(/step/);
  });
});
