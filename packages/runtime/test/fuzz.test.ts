import { Worker } from "node:worker_threads";
import fc from "fast-check";
import { expect, test } from "vitest";
import { createWorkerApi } from "../src/worker/api.js";
import type { LoadResult } from "../src/index.js";
import { createTrainer } from "../src/node/index.js";
import { fuzzDoc, fuzzNetwork } from "./fuzz-docs.js";

const anyDoc = fc.oneof(fuzzDoc, fuzzNetwork);
import { assertBuilt, builtWorkerUrl } from "./helpers.js";

const wellFormed = (r: LoadResult) =>
  r.ok
    ? r.parameters >= 0
    : r.problems.length > 0 && r.problems.every((p) => typeof p.code === "string" && p.message.length > 0);

test("fuzzed documents never make the worker throw: they load, or come back as located problems", async () => {
  let loaded = 0;
  await fc.assert(
    fc.asyncProperty(anyDoc, async (doc) => {
      const api = createWorkerApi();
      try {
        const result = await api.load(doc);
        expect(wellFormed(result)).toBe(true);
        if (!result.ok) return;
        loaded++;
        const s = (await api.step(3))!;
        expect(["paused", "error"]).toContain(s.status);
        if (s.error) expect(s.error.message.length).toBeGreaterThan(0);
        else expect(Number.isFinite(s.loss)).toBe(true);
        await api.stepOp("forward");
        await api.stepOp("back");
        await api.reset(true);
      } finally {
        api.dispose();
      }
    }),
    { numRuns: 300, seed: 20261126 },
  );
  expect(loaded).toBeGreaterThan(50);
});

test("fuzzed documents sent to a real worker_threads worker never crash it", async () => {
  assertBuilt();
  const crashes: unknown[] = [];
  const trainer = createTrainer({
    worker: () => new Worker(builtWorkerUrl, { execArgv: [] }),
    onCrash: (e) => crashes.push(e),
  });
  try {
    const docs = fc.sample(anyDoc, { numRuns: 40, seed: 7 });
    for (const doc of docs) {
      const result = await trainer.load(doc);
      expect(wellFormed(result)).toBe(true);
      if (result.ok) await trainer.step(2);
    }
    expect(crashes).toEqual([]);
  } finally {
    trainer.destroy();
  }
});
