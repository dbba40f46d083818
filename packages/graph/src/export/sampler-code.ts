/* The seeded minibatch sampler of `@nudge/datasets` (`minibatch`), as source text for the exports. */

/** TypeScript: the rows of one step, as `minibatch(rows, size, { seed, step })` draws them. */
export const tsSampler: string[] = [
  "/** The rows of step `step`, as Nudge draws them: mulberry32 after step·size draws, partial Fisher–Yates. */",
  "function minibatch(rows: number[], size: number, seedState: number, step: number): number[] {",
  "  if (size >= rows.length) return rows;",
  "  let state = (seedState + Math.imul(step * size, 0x6d2b79f5)) >>> 0;",
  "  const next = (): number => {",
  "    state = (state + 0x6d2b79f5) >>> 0;",
  "    let t = state;",
  "    t = Math.imul(t ^ (t >>> 15), t | 1);",
  "    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);",
  "    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;",
  "  };",
  "  const out = [...rows];",
  "  for (let i = 0; i < size; i += 1) {",
  "    const j = i + Math.floor(next() * (out.length - i));",
  "    const swap = out[i]!;",
  "    out[i] = out[j]!;",
  "    out[j] = swap;",
  "  }",
  "  return out.slice(0, size);",
  "}",
];

/** Python: the same sampler in uint32 arithmetic (mulberry32 ported exactly). */
export const pySampler: string[] = [
  "M32 = 0xFFFFFFFF",
  "",
  "",
  "def minibatch(rows, size, seed_state, step):",
  '    """The rows of step `step`, as Nudge draws them: mulberry32 after step*size draws, partial Fisher-Yates."""',
  "    if size >= len(rows):",
  "        return list(rows)",
  "    state = (seed_state + step * size * 0x6D2B79F5) & M32",
  "    out = list(rows)",
  "    for i in range(size):",
  "        state = (state + 0x6D2B79F5) & M32",
  "        t = state",
  "        t = ((t ^ (t >> 15)) * (t | 1)) & M32",
  "        t ^= (t + ((t ^ (t >> 7)) * (t | 61))) & M32",
  "        r = ((t ^ (t >> 14)) & M32) / 4294967296",
  "        j = i + int(r * (len(out) - i))",
  "        out[i], out[j] = out[j], out[i]",
  "    return out[:size]",
];
