import { Worker } from "node:worker_threads";
import { makeToy } from "@nudge/datasets";
import { createTemplate } from "@nudge/graph";
import { afterEach, expect, test } from "vitest";
import type { Snapshot, Trainer } from "../src/index.js";
import { createTrainer } from "../src/node/index.js";
import { assertBuilt, builtWorkerUrl } from "./helpers.js";
import { referencePredict } from "./reference.js";

assertBuilt();
let trainer: Trainer | undefined;
afterEach(() => trainer?.destroy());

test("the moons MLP 2-16-16-1 trains through a worker_threads worker to ≥ 97% training accuracy", async () => {
  trainer = createTrainer({ worker: () => new Worker(builtWorkerUrl, { execArgv: [] }) });
  const doc = createTemplate("moons-mlp");
  const pushed: Snapshot[] = [];
  trainer.subscribe((s) => pushed.push(s));
  const loaded = await trainer.load(doc);
  expect(loaded).toEqual({ ok: true, parameters: 337, samples: 100, nodes: 37 });
  const final = (await trainer.step(100))!;
  expect(final.step).toBe(100);
  expect(final.status).toBe("paused");

  // Independent check: recompute every prediction from the snapshot's weights with a plain forward pass.
  const data = makeToy("moons", { n: 100, noise: 0.1, seed: 1 });
  let right = 0;
  for (let i = 0; i < 100; i++) {
    const score = referencePredict(doc, final, data.features.subarray(2 * i, 2 * i + 2));
    if ((score > 0 ? 1 : 0) === data.targets[i]) right++;
  }
  expect(right / 100).toBeGreaterThanOrEqual(0.97);
  expect(final.trainAccuracy).toBeCloseTo(right / 100, 10);
  expect(final.boundary?.values).toBeInstanceOf(Float32Array);
  expect(final.boundary?.values.length).toBe(40 * 40);
  expect(Object.keys(final.nodeMaps ?? {})).toContain("h1_1");
  expect(pushed.length).toBeGreaterThan(0);
  expect(pushed.every((s, i) => i === 0 || s.seq > pushed[i - 1].seq)).toBe(true);
  // Errors thrown in the thread come back as RuntimeErrors with their code.
  await expect(trainer.stepOp("sideways" as never)).rejects.toMatchObject({ name: "RuntimeError", code: "BAD_PARAM" });
});
