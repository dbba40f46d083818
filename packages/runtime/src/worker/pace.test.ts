import { describe, expect, it } from "vitest";
import { createPacer } from "./pace.js";

/** A pacer on a clock the test moves by hand. */
function pacedAt(rate: number) {
  let t = 0;
  const pacer = createPacer(
    () => rate,
    () => t,
  );
  return { pacer, advance: (ms: number) => void (t += ms), now: () => t, set: (r: number) => void (rate = r) };
}

/**
 * Runs the pacer as the worker does for `ms` of clock time: train what is allowed (each step costs
 * `stepMs` of clock time), then sleep what `wait()` says. Returns how many steps it allowed.
 */
function stepsIn(rate: number, ms: number, stepMs: number): number {
  const { pacer, advance, now } = pacedAt(rate);
  pacer.restart();
  let steps = 0;
  while (now() < ms) {
    const n = Math.min(pacer.allowance(), 1000);
    pacer.took(n);
    steps += n;
    advance(n * stepMs);
    advance(Math.max(pacer.wait(), 0.5));
  }
  return steps;
}

describe("createPacer", () => {
  it("allows `rate` steps a second in the worker's loop, whether a step costs nothing or a good part of the period", () => {
    for (const stepMs of [0, 1, 7]) {
      for (const rate of [3, 60]) {
        const steps = stepsIn(rate, 10_000, stepMs);
        expect(steps, `rate ${rate}, ${stepMs} ms a step`).toBeGreaterThanOrEqual(rate * 10 - 1);
        expect(steps, `rate ${rate}, ${stepMs} ms a step`).toBeLessThanOrEqual(rate * 10 + 1);
      }
    }
  });

  it("banks at most one step (or 1/30 s of steps) while nobody asks", () => {
    const { pacer, advance } = pacedAt(3);
    pacer.restart();
    pacer.took(pacer.allowance());
    advance(60_000);
    expect(pacer.allowance()).toBe(1);
    const fast = pacedAt(600);
    fast.pacer.restart();
    fast.advance(60_000);
    expect(fast.pacer.allowance()).toBe(20);
  });

  it("moves one step at a time when slow and says how long to wait for the next", () => {
    const { pacer, advance } = pacedAt(4);
    pacer.restart();
    expect(pacer.allowance()).toBe(1);
    pacer.took(1);
    expect(pacer.allowance()).toBe(0);
    expect(pacer.wait()).toBeCloseTo(250);
    advance(10_000);
    expect(pacer.allowance()).toBe(1);
  });

  it("has no limit at an infinite rate, and a new rate applies at once", () => {
    const { pacer, set, advance } = pacedAt(Infinity);
    expect(pacer.paced()).toBe(false);
    expect(pacer.allowance()).toBe(Infinity);
    expect(pacer.wait()).toBe(0);
    set(2);
    pacer.restart();
    pacer.took(pacer.allowance());
    expect(pacer.wait()).toBeCloseTo(500);
    advance(500);
    expect(pacer.allowance()).toBe(1);
  });
});
