import { describe, expect, it } from "vitest";
import { iris, irisRecords } from "./iris.js";

// The UCI file differs from Fisher's paper in rows 35 and 38; its published statistics describe the file.
function uciFeatures(): Float32Array {
  const f = iris().features.slice();
  f[34 * 4 + 3] = 0.1;
  f.set([3.1, 1.5], 37 * 4 + 1);
  return f;
}
const column = (j: number) => Array.from({ length: 150 }, (_, i) => uciFeatures()[i * 4 + j]!);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1));

describe("iris", () => {
  it("has 150 rows, 50 per species, 4 features", () => {
    const d = iris();
    expect(d.shape).toEqual([150, 4]);
    expect([0, 1, 2].map((k) => d.targets.filter((t) => t === k).length)).toEqual([50, 50, 50]);
  });

  it("matches the summary statistics published with the UCI table (iris.names)", () => {
    // min, max, mean, SD, class correlation as listed in UCI's iris.names (and scikit-learn's DESCR).
    const published = [
      [4.3, 7.9, 5.84, 0.83, 0.7826],
      [2.0, 4.4, 3.05, 0.43, -0.4194],
      [1.0, 6.9, 3.76, 1.76, 0.949],
      [0.1, 2.5, 1.2, 0.76, 0.9565],
    ];
    const cls = Array.from(iris().targets);
    published.forEach(([min, max, m, s, r], j) => {
      const x = column(j);
      expect(Math.min(...x)).toBeCloseTo(min!, 5);
      expect(Math.max(...x)).toBeCloseTo(max!, 5);
      expect(mean(x).toFixed(2)).toBe(m!.toFixed(2));
      expect(sd(x).toFixed(2)).toBe(s!.toFixed(2));
      const cov = mean(x.map((v, i) => (v - mean(x)) * (cls[i]! - 1)));
      const corr = (cov / (sd(x) * sd(cls))) * (150 / 149);
      expect(corr).toBeCloseTo(r!, 4);
    });
  });

  it("keeps Fisher's 1936 values in rows 35 and 38 (the UCI file's two known errors)", () => {
    const rows = irisRecords();
    expect(rows[34]).toEqual({
      sepalLength: 4.9,
      sepalWidth: 3.1,
      petalLength: 1.5,
      petalWidth: 0.2,
      species: "setosa",
    });
    expect(rows[37]).toEqual({
      sepalLength: 4.9,
      sepalWidth: 3.6,
      petalLength: 1.4,
      petalWidth: 0.1,
      species: "setosa",
    });
  });
});
