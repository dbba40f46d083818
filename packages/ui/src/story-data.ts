import type { GridValues } from "./paint-grid.js";

/** Deterministic pseudo-random numbers for stories (mulberry32). */
export function storyRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const plane = { x: [-1.5, 2.5] as const, y: [-1, 1.5] as const };

/** Samples `fn` over the story plane into a `size`×`size` grid, row 0 at the bottom. */
export function gridOf(fn: (x: number, y: number) => number, size = 24): GridValues {
  const values = new Float32Array(size * size);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const x = plane.x[0] + ((c + 0.5) / size) * (plane.x[1] - plane.x[0]);
      const y = plane.y[0] + ((r + 0.5) / size) * (plane.y[1] - plane.y[0]);
      values[r * size + c] = fn(x, y);
    }
  }
  return { size, values };
}

/** A neuron's tanh output over the plane. */
export const neuronMap = (w1: number, w2: number, b: number, size = 24) =>
  gridOf((x, y) => Math.tanh(w1 * x + w2 * y + b), size);

/** A moons classifier part-way through training: a rough curved boundary, tanh output. */
export const moonsBoundary = (size = 40) =>
  gridOf((x, y) => Math.tanh(2.2 * (0.25 + 0.55 * Math.cos(2.4 * (x - 0.5)) - y) - 0.4 * x), size);

/** Two interleaved half-moons with noise: features `[x0, y0, x1, y1, …]` and labels 0/1. */
export function moonsPoints(n: number, noise: number, seed: number) {
  const rng = storyRng(seed);
  const features = new Float32Array(n * 2);
  const labels = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const t = Math.PI * rng();
    const gx = (rng() - 0.5) * 2 * noise;
    const gy = (rng() - 0.5) * 2 * noise;
    features[2 * i] = (label === 0 ? Math.cos(t) : 1 - Math.cos(t)) + gx;
    features[2 * i + 1] = (label === 0 ? Math.sin(t) : 0.5 - Math.sin(t)) + gy;
    labels[i] = label;
  }
  return { features, labels };
}

/** A loss curve that falls like SGD on moons: noisy exponential decay to a floor. */
export function lossCurve(steps: number, seed = 1) {
  const rng = storyRng(seed);
  const step = new Float64Array(steps);
  const loss = new Float64Array(steps);
  const acc = new Float64Array(steps);
  for (let i = 0; i < steps; i++) {
    step[i] = i;
    loss[i] = 0.08 + 0.9 * Math.exp(-i / (steps / 5)) + 0.03 * (rng() - 0.5);
    acc[i] = Math.min(1, 0.5 + 0.48 * (1 - Math.exp(-i / (steps / 6))) + 0.02 * (rng() - 0.5));
  }
  return { step, loss, acc };
}
