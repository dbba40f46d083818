import { loadavg } from "node:os";
import { loadNames } from "@nudge/datasets";
import { recordBenchFigure } from "@nudge/vitest-config/bench";
import { it } from "vitest";
import { bigramTable, countBigrams } from "../src/bigram.js";

// The editor's counting pipeline on the shipped names (target ≤ 5 ms), median of many runs; printed, never asserted.
const names = loadNames();
const rounds = Number(process.env.NUDGE_BENCH_ROUNDS ?? 50);

function median(run: () => unknown): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

it("counting bigram pipeline on the names", () => {
  const table = countBigrams(names);
  const rows = [
    ["vocabulary + counts + probabilities + NLL", median(() => countBigrams(names).trainingNll)],
    [
      "re-smooth the same counts (smoothing control)",
      median(() => bigramTable(table.counts, table.vocab, 1).trainingNll),
    ],
    ["sample 10 names", median(() => table.sample({ count: 10, seed: 1 }))],
    ["log-likelihood of one word", median(() => table.likelihood("andrej"))],
  ] as const;
  console.log(`counting bigram on ${names.length} names (median of ${rounds}; target ≤ 5 ms for the pipeline)`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(48)} ${ms.toFixed(3)} ms`);
  recordBenchFigure({
    bench: "models",
    figure: "counting bigram pipeline on the names (vocabulary, counts, NLL)",
    value: rows[0][1],
    unit: "ms",
    target: 5,
    better: "lower",
    conditions: `Node, median of ${rounds}, load ${loadavg()[0].toFixed(1)}`,
  });
});
