import { expect, test } from "vitest";
import { edgeStyle } from "./edge-style";
import { formatSigned, parseNumber } from "./format";

test("sign is carried by hue and by dash, not by colour alone", () => {
  const pos = edgeStyle({ weight: 0.5 });
  const neg = edgeStyle({ weight: -0.5 });
  expect(pos.stroke).toBe("var(--nudge-pos)");
  expect(neg.stroke).toBe("var(--nudge-neg)");
  expect(pos.strokeDasharray).toBeUndefined();
  expect(neg.strokeDasharray).toBeDefined();
  expect(neg.strokeWidth).toBe(pos.strokeWidth);
});

test("width grows with |weight| and saturates at maxAbsWeight", () => {
  const widths = [0, 0.5, 1, 2, 5].map((w) => edgeStyle({ weight: w, maxAbsWeight: 2 }).strokeWidth);
  expect(widths).toEqual([1, 2.25, 3.5, 6, 6]);
});

test("glow follows |gradient|; a non-finite weight is drawn as an error, never as NaN width", () => {
  expect(edgeStyle({ weight: 1, grad: 0 }).className).not.toContain("flowing");
  expect(edgeStyle({ weight: 1, grad: -0.8 }).glow).toBeCloseTo(0.8);
  expect(edgeStyle({ weight: 1, grad: 0.1 }).haloStyle).toBeUndefined();
  expect(edgeStyle({ weight: 1, grad: 0.1, maxAbsGrad: 0.2 }).haloStyle?.stroke).toBe("var(--nudge-grad)");
  expect(edgeStyle({ weight: 1, grad: 0.9, halo: false }).haloStyle).toBeUndefined();
  const bad = edgeStyle({ weight: Number.NaN, grad: Number.NaN });
  expect(bad.stroke).toBe("var(--nudge-error)");
  expect(Number.isFinite(bad.strokeWidth)).toBe(true);
  expect(bad.glow).toBe(0);
});

test("numbers round-trip through formatSigned and parseNumber", () => {
  for (const x of [0.5, -1.25, 138.8338, -0.0001]) expect(parseNumber(formatSigned(x, 4))).toBeCloseTo(x, 4);
  expect(formatSigned(-0.00001, 2)).toBe("\u22121.00e-5");
  expect(formatSigned(0, 2)).toBe("0.00");
  expect(parseNumber("1,5")).toBe(1.5);
  expect(parseNumber("abc")).toBeNull();
  expect(parseNumber("")).toBeNull();
  expect(parseNumber("1e999")).toBeNull();
});
