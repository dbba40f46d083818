import { Worker } from "node:worker_threads";
import { wrap } from "comlink";
import { nodeEndpoint } from "../src/node/index.js";
import { createTemplate } from "@nudge/graph";
import { afterEach, expect, test } from "vitest";
import { RuntimeError, type Snapshot, type Trainer, type WorkerApi } from "../src/index.js";
import { createTrainer } from "../src/node/index.js";
import { assertBuilt, builtWorkerUrl, sleep } from "./helpers.js";

assertBuilt();
let trainer: Trainer | undefined;
afterEach(() => trainer?.destroy());

/** The built worker plus a `crash()` method (test/fixtures/crashable-worker.mjs). */
const crashableWorkerUrl = new URL("./fixtures/crashable-worker.mjs", import.meta.url);

function start(url: URL = builtWorkerUrl) {
  const workers: Worker[] = [];
  const crashes: RuntimeError[] = [];
  const pushed: Snapshot[] = [];
  trainer = createTrainer({
    worker: () => {
      const w = new Worker(url, { execArgv: [] });
      workers.push(w);
      return w;
    },
    onCrash: (e) => crashes.push(e),
  });
  trainer.subscribe((s) => pushed.push(s));
  return { trainer, workers, crashes, pushed };
}

test("a terminated worker rejects the pending call clearly; the next call restarts it with the same document", async () => {
  const { trainer, workers, crashes, pushed } = start();
  await trainer.load(createTemplate("moons-mlp"));
  await trainer.step(20);
  await sleep(60);
  const pending = trainer.step(1_000_000);
  await sleep(50);
  const stepBefore = trainer.getSnapshot()!.step;
  await workers[0].terminate();
  const error = await pending.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuntimeError);
  expect((error as RuntimeError).code).toBe("WORKER_CRASHED");
  expect((error as RuntimeError).message).toMatch(/exited with code 1.*document and settings are kept/);
  expect(crashes).toHaveLength(1);
  expect(pushed.at(-1)).toMatchObject({ status: "error", error: { code: "WORKER_CRASHED" } });

  const resumed = (await trainer.step(5))!;
  expect(workers).toHaveLength(2);
  expect(resumed.step).toBeGreaterThanOrEqual(stepBefore + 5);
  expect(resumed.trainAccuracy).toBeGreaterThan(0.8);
});

test("an uncaught error inside the worker is reported and restart() brings the document back", async () => {
  const { trainer, workers, crashes } = start(crashableWorkerUrl);
  const doc = createTemplate("moons-mlp");
  await trainer.load(doc);
  await trainer.update({ optimizer: { lr: 0.5 }, schedule: { kind: "constant" } });
  const pending = trainer.step(1_000_000);
  await sleep(30);
  await wrap<WorkerApi & { crash(): Promise<void> }>(nodeEndpoint(workers[0])).crash();
  await expect(pending).rejects.toThrow(/uncaught error: injected crash/);
  expect(crashes[0].code).toBe("WORKER_CRASHED");
  const reloaded = await trainer.restart();
  expect(reloaded).toMatchObject({ ok: true, parameters: 337 });
  expect(workers).toHaveLength(2);
  expect((await trainer.step(1))!.learningRate).toBe(0.5);
});

test("after destroy, calls are refused", async () => {
  const { trainer } = start();
  await trainer.load(createTemplate("xor"));
  trainer.destroy();
  await expect(trainer.play()).rejects.toThrow(/destroyed/);
});
