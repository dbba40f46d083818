import { describe, expect, it } from "vitest";
import { makeToy, toyNames } from "./make-toy.js";
import { moons } from "./moons.js";
import { circles } from "./circles.js";
import { spiral } from "./spiral.js";
import { xor } from "./xor.js";
import { blobs } from "./blobs.js";
import { polynomial, sine, step } from "./regression.js";

const rows = (f: Float32Array, c: number) =>
  Array.from({ length: f.length / c }, (_, i) => Array.from(f.subarray(i * c, i * c + c)));

describe("toy generators", () => {
  it.each(toyNames)("%s is deterministic by seed, finite, and shaped [n, c]", (name) => {
    const a = makeToy(name, { n: 60, seed: 5 });
    const b = makeToy(name, { n: 60, seed: 5 });
    const c = makeToy(name, { n: 60, seed: 6 });
    expect(a).toEqual(b);
    expect(Array.from(a.features)).not.toEqual(Array.from(c.features));
    expect(a.shape).toEqual([60, a.featureNames.length]);
    expect(a.targetShape).toEqual([60]);
    expect(a.features.length).toBe(60 * a.featureNames.length);
    expect(a.features.every(Number.isFinite) && a.targets.every(Number.isFinite)).toBe(true);
  });

  it("moons without noise lie on sklearn's two half circles, half per class", () => {
    const d = moons({ n: 101, noise: 0, seed: 1 });
    const pts = rows(d.features, 2);
    let upper = 0;
    pts.forEach(([x, y], i) => {
      if (d.targets[i] === 0) {
        upper++;
        expect(Math.hypot(x!, y!)).toBeCloseTo(1, 5); // cos t, sin t
        expect(y!).toBeGreaterThanOrEqual(-1e-6);
      } else {
        expect(Math.hypot(x! - 1, y! - 0.5)).toBeCloseTo(1, 5); // 1 - cos t, 1 - sin t - 0.5
        expect(y!).toBeLessThanOrEqual(0.5 + 1e-6);
      }
    });
    expect(upper).toBe(50); // n_samples_out = n // 2
  });

  it("moons noise has the requested standard deviation", () => {
    const clean = moons({ n: 4000, noise: 0, seed: 3 });
    const noisy = moons({ n: 4000, noise: 0.1, seed: 3 });
    // Same seed, same shuffle: the difference is the noise alone.
    const diff = Array.from(noisy.features, (v, i) => v - clean.features[i]!);
    const sd = Math.sqrt(diff.reduce((s, x) => s + x * x, 0) / diff.length);
    expect(sd).toBeCloseTo(0.1, 2);
  });

  it("circles put class 1 at radius factor and class 0 at radius 1", () => {
    const d = circles({ n: 40, noise: 0, factor: 0.3 });
    rows(d.features, 2).forEach(([x, y], i) => expect(Math.hypot(x!, y!)).toBeCloseTo(d.targets[i] === 1 ? 0.3 : 1, 5));
  });

  it("spiral has k classes of (nearly) equal size with radius ≤ 1", () => {
    const d = spiral({ n: 301, classes: 4, seed: 2 });
    const counts = [0, 0, 0, 0];
    rows(d.features, 2).forEach(([x, y], i) => {
      counts[d.targets[i]!]!++;
      expect(Math.hypot(x!, y!)).toBeLessThanOrEqual(1 + 1e-6);
    });
    expect(counts).toEqual([76, 75, 75, 75]);
    expect(d.classNames).toHaveLength(4);
  });

  it("xor labels follow the sign rule when there is no noise", () => {
    const d = xor({ n: 200, noise: 0, seed: 9 });
    rows(d.features, 2).forEach(([x, y], i) => expect(d.targets[i]).toBe(x! * y! < 0 ? 1 : 0));
  });

  it("blobs centre each class where asked", () => {
    const d = blobs({ n: 3000, classes: 3, noise: 0.5, radius: 2, seed: 4 });
    for (let j = 0; j < 3; j++) {
      const pts = rows(d.features, 2).filter((_, i) => d.targets[i] === j);
      const mx = pts.reduce((s, p) => s + p[0]!, 0) / pts.length;
      const my = pts.reduce((s, p) => s + p[1]!, 0) / pts.length;
      const angle = Math.PI / 2 + (2 * Math.PI * j) / 3;
      expect(Math.abs(mx - 2 * Math.cos(angle))).toBeLessThan(0.05);
      expect(Math.abs(my - 2 * Math.sin(angle))).toBeLessThan(0.05);
    }
  });

  it("regression sets follow their curves when there is no noise", () => {
    const s = sine({ n: 30, noise: 0 });
    s.features.forEach((x, i) => expect(s.targets[i]).toBeCloseTo(Math.sin(x), 5));
    const p = polynomial({ n: 30, noise: 0, coefficients: [1, 2, 3] });
    p.features.forEach((x, i) => expect(p.targets[i]).toBeCloseTo(1 + 2 * x + 3 * x * x, 4));
    const t = step({ n: 30, noise: 0, xRange: [-1, 1] });
    t.features.forEach((x, i) => expect(t.targets[i]).toBe(x > 0 ? 1 : 0));
    expect(s.task).toBe("regression");
  });

  it("refuses bad names and options with a message naming them", () => {
    expect(() => makeToy("moon")).toThrow(/no toy data set called "moon".*moons/);
    expect(() => moons({ n: 0 })).toThrow(/n must be a positive whole number; got 0/);
    expect(() => moons({ noise: Number.NaN })).toThrow(/noise must be a finite number/);
    expect(() => makeToy("toString")).toThrow(/no toy data set/);
    expect(() => moons({ noise: -1 })).toThrow("noise = -1 is not allowed: expected a standard deviation ≥ 0.");
    expect(() => circles({ factor: 1.5 })).toThrow(/factor = 1.5 is not allowed/);
  });
});
