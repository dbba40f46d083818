import { expect, test } from "vitest";
import "./styles.css";

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB.
const cvd: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function rgb(hex: string): number[] {
  const n = parseInt(hex.trim().slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255);
}
function simulate(c: number[], m: number[][]): number[] {
  const lin = c.map(toLinear);
  return m.map((row) => toSrgb(Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!))));
}
const distance = (a: number[], b: number[]) => 255 * Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Reads `--nudge-<name>` colours as the theme sets them. */
function themeColours(theme: "light" | "dark") {
  const el = document.createElement("div");
  el.dataset.theme = theme;
  document.body.append(el);
  const s = getComputedStyle(el);
  return (name: string) => rgb(s.getPropertyValue(`--nudge-${name}`));
}

function tokens(theme: "light" | "dark") {
  const read = themeColours(theme);
  return { pos: read("pos"), neg: read("neg"), c0: read("class-0"), c1: read("class-1") };
}

const CLASSES = 4;

test.each(["light", "dark"] as const)(
  "%s theme: every pair of the four multi-class colours stays distinct under protanopia, deuteranopia and tritanopia",
  (theme) => {
    const read = themeColours(theme);
    const classes = Array.from({ length: CLASSES }, (_, i) => read(`class-${i}`));
    for (const [name, m] of Object.entries(cvd))
      for (let i = 0; i < CLASSES; i++)
        for (let j = i + 1; j < CLASSES; j++)
          expect(
            distance(simulate(classes[i]!, m), simulate(classes[j]!, m)),
            `${name} class ${i}/${j}`,
          ).toBeGreaterThan(80);
  },
);

test.each(["light", "dark"] as const)(
  "%s theme: positive/negative and the two classes stay distinct under colour-vision deficiencies",
  (theme) => {
    const t = tokens(theme);
    for (const [name, m] of Object.entries(cvd)) {
      expect(distance(simulate(t.pos, m), simulate(t.neg, m)), `${name} pos/neg`).toBeGreaterThan(80);
      expect(distance(simulate(t.c0, m), simulate(t.c1, m)), `${name} class 0/1`).toBeGreaterThan(80);
    }
  },
);

// WCAG 2.x contrast ratio: (L1 + 0.05) / (L2 + 0.05) with relative luminance from linear sRGB.
function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) => 0.2126 * toLinear(c[0]!) + 0.7152 * toLinear(c[1]!) + 0.0722 * toLinear(c[2]!);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test.each(["light", "dark"] as const)(
  "%s theme: text, muted text and signed numbers meet WCAG AA (4.5:1) on surfaces",
  (theme) => {
    const read = themeColours(theme);
    for (const bg of ["bg", "surface", "surface-2"]) {
      for (const fg of ["text", "text-muted", "pos", "neg", "grad", "error"]) {
        expect(contrast(read(fg), read(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  },
);
