import { Worker } from "node:worker_threads";
import { createTemplate } from "@nudge/graph";
import { afterEach, expect, test } from "vitest";
import type { RuntimeError, Trainer } from "../src/index.js";
import { createTrainer, type NodeTrainerOptions } from "../src/node/index.js";
import { assertBuilt, builtWorkerUrl } from "./helpers.js";

assertBuilt();
const silentUrl = new URL("./fixtures/silent-worker.mjs", import.meta.url);
const closingUrl = new URL("./fixtures/closing-worker.mjs", import.meta.url);
let trainer: Trainer | undefined;
afterEach(() => trainer?.destroy());

/** A trainer whose worker threads are counted: every started thread, and those that have ended. */
function counted(url: URL = builtWorkerUrl, options: Omit<NodeTrainerOptions, "worker"> = {}) {
  const threads: Worker[] = [];
  const crashes: RuntimeError[] = [];
  let ended = 0;
  trainer = createTrainer({
    ...options,
    worker: () => {
      const w = new Worker(url, { execArgv: [] });
      w.once("exit", () => void (ended += 1));
      threads.push(w);
      return w;
    },
    onCrash: (e) => crashes.push(e),
  });
  return { trainer, threads, crashes, running: () => threads.length - ended };
}

test("a rejected update() then a crash: ten more calls run on one new thread, and destroy() ends it", async () => {
  const { trainer, threads, running } = counted();
  await trainer.load(createTemplate("xor"));
  await expect(trainer.update({ maxSnapshotsPerSecond: 0 })).rejects.toMatchObject({ code: "BAD_PARAM" });
  await threads[0]!.terminate();
  for (let i = 0; i < 10; i++) expect((await trainer.step(1))!.step).toBeGreaterThan(0);
  expect(threads).toHaveLength(2);
  expect(running()).toBe(1);
  trainer.destroy();
  await expect.poll(running).toBe(0);
});

test("a worker that can never start (settings it refuses): each of ten tries ends its thread", async () => {
  const { trainer, threads, running } = counted(builtWorkerUrl, { maxSnapshotsPerSecond: 0 });
  for (let i = 0; i < 10; i++)
    await expect(trainer.load(createTemplate("xor"))).rejects.toMatchObject({ code: "BAD_PARAM" });
  expect(threads).toHaveLength(10);
  await expect.poll(running).toBe(0);
});

test("a worker that never answers: load() rejects with WORKER_TIMEOUT, onCrash hears it and its thread ends", async () => {
  const { trainer, threads, crashes, running } = counted(silentUrl, { answerTimeoutMs: 300 });
  await expect(trainer.load(createTemplate("xor"))).rejects.toMatchObject({ code: "WORKER_TIMEOUT" });
  expect(crashes.map((e) => e.code)).toEqual(["WORKER_TIMEOUT"]);
  expect(threads).toHaveLength(1);
  await expect.poll(running).toBe(0);
});

test("destroy() while a worker is still starting ends that thread too", async () => {
  const { trainer, threads, running } = counted(silentUrl);
  const pending = trainer.load(createTemplate("xor"));
  await expect.poll(() => threads.length).toBe(1);
  trainer.destroy();
  await expect(pending).rejects.toMatchObject({ code: "DESTROYED" });
  await expect.poll(running).toBe(0);
});

test("a worker that exits on its own is reported through onCrash, and the next call restarts it", async () => {
  const { trainer, threads, crashes, running } = counted(closingUrl);
  await trainer.load(createTemplate("xor"));
  const pending = trainer.step(1_000_000);
  threads[0]!.postMessage({ closeForTest: true });
  await expect(pending).rejects.toMatchObject({
    code: "WORKER_CRASHED",
    message: expect.stringMatching(/exited with code 0/),
  });
  expect(crashes).toHaveLength(1);
  expect((await trainer.step(1))!.step).toBeGreaterThan(0);
  expect(running()).toBe(1);
});
