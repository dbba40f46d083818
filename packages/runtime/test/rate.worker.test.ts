import { Worker } from "node:worker_threads";
import { createTemplate } from "@nudge/graph";
import { afterEach, expect, test } from "vitest";
import type { Snapshot, Trainer } from "../src/index.js";
import { createTrainer } from "../src/node/index.js";
import { assertBuilt, builtWorkerUrl, sleep } from "./helpers.js";

assertBuilt();
let trainer: Trainer | undefined;
afterEach(() => trainer?.destroy());

test.each([10, 30])("snapshots arrive at most %i times a second however fast training runs", async (rate) => {
  trainer = createTrainer({ worker: () => new Worker(builtWorkerUrl, { execArgv: [] }), maxSnapshotsPerSecond: rate });
  const arrivals: { at: number; snapshot: Snapshot }[] = [];
  trainer.subscribe((snapshot) => arrivals.push({ at: performance.now(), snapshot }));
  await trainer.load(createTemplate("xor"));
  await trainer.update({ boundaryResolution: 8, nodeMapResolution: 0 });
  await sleep(50);
  const t0 = performance.now();
  const first = arrivals.length;
  await trainer.play();
  await sleep(800);
  await trainer.pause();
  const t1 = performance.now();
  const during = arrivals.slice(first).filter((a) => a.at <= t1);
  // One interval of slack at each end of the window.
  expect(during.length).toBeLessThanOrEqual(Math.floor(((t1 - t0) / 1000) * rate) + 2);
  expect(during.length).toBeGreaterThan(0);
  const steps = during.at(-1)!.snapshot.step;
  // Training outruns the snapshots: many steps per snapshot.
  expect(steps / during.length).toBeGreaterThan(5);
});
