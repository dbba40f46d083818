import { loadNames, splitWords } from "@nudge/datasets";
import { it } from "vitest";
import {
  createBatchNormMlp,
  createCountingBigram,
  createMlpLanguageModel,
  createNeuralBigram,
  selectBackend,
} from "../src/index.js";

// The lecture comparison on the shipped names. NUDGE_STEPS shortens the MLP runs (default: the
// lectures' 200,000 steps); NUDGE_ONEHOT_STEPS sets the full-batch one-hot bigram steps (default 100).
const steps = Number(process.env.NUDGE_STEPS ?? 200_000);
const oneHotSteps = Number(process.env.NUDGE_ONEHOT_STEPS ?? 100);
const rows: [string, string, string][] = [];
const row = (what: string, ours: number | string, lecture: string) =>
  rows.push([what, typeof ours === "number" ? ours.toFixed(4) : ours, lecture]);

async function timed(label: string, run: () => Promise<unknown>): Promise<boolean> {
  const t0 = performance.now();
  try {
    await run();
    console.log(`${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return true;
  } catch (error) {
    row(label, "failed", String(error instanceof Error ? error.message : error));
    return false;
  }
}

it("reproduces the makemore lectures", async () => {
  const backend = await selectBackend();
  console.log(`backend ${backend.name} (simd ${backend.simd}, threads ${backend.threads}); MLP steps ${steps}`);
  const names = loadNames();
  const { train, dev, test } = splitWords(names, { seed: 42 });

  for (const smoothing of [0, 1]) {
    const counting = createCountingBigram({ smoothing });
    await counting.fit(names);
    row(
      `counting bigram NLL, all names${smoothing ? " (add-one)" : ""}`,
      counting.evaluate(names).nll,
      smoothing ? "—" : "2.454",
    );
  }
  const exact = createNeuralBigram({ seed: 1 });
  await timed("neural bigram, count-table route", () => exact.fit(names, { steps: 300 }));
  row(
    "neural bigram NLL, count-table route, 300 steps lr 50",
    exact.evaluate(names).nll,
    "≈ 2.454 (converges to counting)",
  );
  const oneHot = createNeuralBigram({ seed: 1 });
  await timed("neural bigram, one-hot route", () => oneHot.fit(names, { route: "one-hot", steps: oneHotSteps }));
  row(
    `neural bigram NLL, one-hot full batch, ${oneHotSteps} steps lr 50`,
    oneHot.evaluate(names).nll,
    "≈ 2.48 (lecture, 100 steps, incl. 0.01·mean(W²))",
  );
  exact.dispose();
  oneHot.dispose();

  const naive = createMlpLanguageModel({ seed: 42, init: "randn" });
  if (await timed("MLP LM, makemore 2 init", () => naive.fit(train, { steps }))) {
    row(`MLP LM, makemore 2's randn init, train, ${steps} steps`, naive.evaluate(train).nll, "≈ 2.12");
    row("MLP LM, randn init, dev", naive.evaluate(dev).nll, "≈ 2.17");
  }
  naive.dispose();

  const lm = createMlpLanguageModel({ seed: 42 });
  await timed("MLP LM", () => lm.fit(train, { steps }));
  row(`MLP LM, Kaiming init + small output layer, train`, lm.evaluate(train).nll, "≈ 2.07 (part 3, fixed init)");
  row("MLP LM, Kaiming init, dev", lm.evaluate(dev).nll, "≈ 2.10 (part 3, fixed init)");
  row("MLP LM, Kaiming init, test", lm.evaluate(test).nll, "—");
  console.log("MLP LM samples:", lm.sample({ count: 8, seed: 7 }).join(", "));
  lm.dispose();

  const bn = createBatchNormMlp({ seed: 42 });
  await timed("BatchNorm MLP", () => bn.fit(train, { steps }));
  row(`BatchNorm MLP (hidden 200) train`, bn.evaluate(train).nll, "≈ 2.07");
  row("BatchNorm MLP dev", bn.evaluate(dev).nll, "≈ 2.10");
  bn.dispose();

  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(
    [
      "",
      `${"".padEnd(width)}  ours     lecture`,
      ...rows.map(([a, b, c]) => `${a.padEnd(width)}  ${b.padEnd(7)}  ${c}`),
    ].join("\n"),
  );
});
