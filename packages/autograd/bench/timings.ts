/** Per-variant step times recorded inside the bench functions, for a robust summary (median and p10). */
const samples = new Map<string, number[]>();

/** Wraps `step` so each call's duration is recorded under `name`. */
export function timed(name: string, step: () => void): () => void {
  const list: number[] = [];
  samples.set(name, list);
  return () => {
    const t0 = performance.now();
    step();
    list.push(performance.now() - t0);
  };
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** One line per variant (ms/step and steps/s at the median and at p10) and the requested ratios. */
export function summary(ratios: [string, string, string][]): string {
  const lines = ["", "moons step (65k scalar nodes): ms/step (median, p10) and steps/s at the median"];
  for (const [name, xs] of samples) {
    if (xs.length === 0) continue;
    const med = quantile(xs, 0.5),
      p10 = quantile(xs, 0.1);
    lines.push(
      `  ${name.padEnd(34)} ${med.toFixed(3).padStart(9)} ms  ${p10.toFixed(3).padStart(9)} ms  ${(1000 / med).toFixed(1).padStart(8)} steps/s  (${xs.length} steps)`,
    );
  }
  for (const [label, slow, fast] of ratios) {
    const a = samples.get(slow) ?? [],
      b = samples.get(fast) ?? [];
    if (a.length === 0 || b.length === 0) continue;
    const med = quantile(a, 0.5) / quantile(b, 0.5),
      p10 = quantile(a, 0.1) / quantile(b, 0.1);
    lines.push(`  ${label}: ${med.toFixed(1)}x at the median, ${p10.toFixed(1)}x at p10`);
  }
  return lines.join("\n");
}

/**
 * Runs `a` and `b` alternately `rounds` times and returns median(a) / median(b): a change in machine
 * load during the run hits both alike (the bench above runs each variant in its own time window).
 */
export function interleavedRatio(a: () => void, b: () => void, rounds: number): number {
  const ta: number[] = [],
    tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  return quantile(ta, 0.5) / quantile(tb, 0.5);
}

/** The median time ratio `slow / fast` of two recorded variants (NaN when either has no samples). */
export function medianRatio(slow: string, fast: string): number {
  const a = samples.get(slow) ?? [],
    b = samples.get(fast) ?? [];
  return a.length && b.length ? quantile(a, 0.5) / quantile(b, 0.5) : NaN;
}
