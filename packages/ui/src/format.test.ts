import { expect, test } from "vitest";
import { formatNumber, formatSigned, parseNumber } from "./format";

test("huge and tiny numbers stay short and read back within their three shown digits", () => {
  for (const x of [5.954262829429612e138, -3.2e21, 1234567.89, 4.2e-9, -7e-300]) {
    const text = formatNumber(x, 2);
    expect(text.length, text).toBeLessThanOrEqual(10);
    const back = parseNumber(text)!;
    expect(Math.abs(back - x) / Math.abs(x)).toBeLessThan(0.01);
  }
  expect(formatNumber(5.954262829429612e138, 2)).toBe("5.95e+138");
});

test("no value yet, NaN and infinities are said; a sign is added only by formatSigned", () => {
  expect(formatNumber(undefined)).toBe("–");
  expect(formatNumber(null)).toBe("–");
  expect(formatNumber(Number.NaN)).toBe("NaN");
  expect(formatNumber(-Infinity)).toBe("\u2212∞");
  expect(formatSigned(Infinity)).toBe("+∞");
  expect(formatNumber(-0.5, 2)).toBe("\u22120.50");
  expect(formatSigned(0.5, 2)).toBe("+0.50");
  expect(formatNumber(24.70408)).toBe("24.7041");
});
