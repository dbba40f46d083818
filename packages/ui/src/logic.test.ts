import { expect, test } from "vitest";
import { divergingColour } from "./colour-scale";
import { compareGradients } from "./grad-check";
import { binValues } from "./histogram";
import { validateNumber } from "./validate-number";

test("histogram bins agree with counting by hand", () => {
  const values = [0, 0.1, 0.24, 0.25, 0.5, 0.74, 0.75, 1, NaN, 2];
  const bins = binValues(values, 4, [0, 1]);
  expect(bins.counts).toEqual([3, 1, 2, 2]);
  expect(bins.skipped).toBe(2);
  expect(binValues([3, 3, 3], 2).counts.reduce((a, b) => a + b)).toBe(3);
  expect(() => binValues([1], 0)).toThrow(/bins must be a positive integer/);
});

test("gradient agreement: relative for large values, absolute below 1", () => {
  expect(compareGradients(138.8338, 138.83381924, 1e-3).agree).toBe(true);
  expect(compareGradients(138.8338, -138.8338, 1e-3).agree).toBe(false);
  expect(compareGradients(0, 3e-5, 1e-3).agree).toBe(true);
  expect(compareGradients(NaN, 1, 1e-3).agree).toBe(false);
});

test("diverging scale: orange at the low end, blue at the high end, grey in the middle", () => {
  expect(divergingColour(-1)).toEqual([179, 88, 6]);
  expect(divergingColour(1)).toEqual([33, 102, 172]);
  expect(divergingColour(0)).toEqual([243, 243, 243]);
  expect(divergingColour(NaN)).toEqual([243, 243, 243]);
});

test("typed numbers are validated with the catalogue's messages", () => {
  expect(validateNumber("  ")).toEqual({ ok: false, message: "Type a number." });
  expect(validateNumber("2.5", { integer: true })).toEqual({ ok: false, message: "Must be a whole number." });
  expect(validateNumber("-11", { min: -10 })).toEqual({ ok: false, message: "Must be at least \u221210.0000." });
  expect(validateNumber("+3", { max: 10 })).toEqual({ ok: true, value: 3 });
});
