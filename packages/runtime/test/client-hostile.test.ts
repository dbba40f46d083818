import { EventEmitter } from "node:events";
import type { MessagePort } from "node:worker_threads";
import { createTemplate } from "@nudge/graph";
import type { Endpoint } from "comlink";
import { afterEach, describe, expect, test } from "vitest";
import { announceClose, closingNotice } from "../src/closing.js";
import { connect } from "../src/client/connect.js";
import { createTrainer, RuntimeError, type Snapshot, type Trainer } from "../src/index.js";
import { inProcessWorker } from "./helpers.js";

const pools: ReturnType<typeof inProcessWorker>[] = [];
const trainers: Trainer[] = [];
afterEach(() => {
  trainers.splice(0).forEach((t) => t.destroy());
  pools.splice(0).forEach((p) => p.disposeAll());
});

/** A trainer over in-process workers; `ports` are the worker ends, so a test can close one as a worker closing itself would. */
function start(options: { answerTimeoutMs?: number; silentFirst?: number } = {}) {
  const pool = inProcessWorker();
  pools.push(pool);
  const crashes: RuntimeError[] = [];
  const ends: MessagePort[] = [];
  let made = 0;
  const trainer = createTrainer({
    worker: () => {
      made += 1;
      if (made <= (options.silentFirst ?? 0)) {
        const { port1, port2 } = new MessageChannel();
        ends.push(port2);
        return port1 as unknown as Endpoint;
      }
      const port = pool.worker() as unknown as MessagePort;
      ends.push(pool.lastWorkerEnd());
      return port as unknown as Endpoint;
    },
    onCrash: (e) => crashes.push(e),
    ...(options.answerTimeoutMs === undefined ? {} : { answerTimeoutMs: options.answerTimeoutMs }),
  });
  trainers.push(trainer);
  return { trainer, crashes, ends, made: () => made };
}

describe("update() refuses what is not a settings object, naming the field", () => {
  test.each([
    [null, /"patch" must be a settings object .*not null/],
    ["x", /"patch" must be a settings object .*not "x"/],
    [[1], /"patch" .*not an array/],
    [{ learningRate: 0.1 }, /"learningRate" is not a setting update\(\) knows; use loss, optimizer/],
    [{ optimizer: 0.1 }, /"optimizer" must be an object such as \{ lr: 0.05 \}, not a number/],
    [{ optimizer: { rate: 0.1 } }, /"optimizer.rate" is not a setting .*use kind, lr, momentum/],
    [{ schedule: { kind: "constant", end: 1 } }, /"schedule.end" is not a setting/],
  ])("update(%j)", async (patch, message) => {
    const { trainer } = start();
    await trainer.load(createTemplate("xor"));
    const error = await trainer.update(patch as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RuntimeError);
    expect(error).toMatchObject({ code: "BAD_PARAM", message: expect.stringMatching(message) });
    expect((await trainer.step(1))!.step).toBe(1);
  });
});

describe("step() calls queue", () => {
  test("100 concurrent step(10) calls train 1000 steps, each resolving after its own ten", async () => {
    const { trainer } = start();
    await trainer.load(createTemplate("xor"));
    const results = await Promise.all(Array.from({ length: 100 }, () => trainer.step(10)));
    expect(results.map((s) => s!.step)).toEqual(Array.from({ length: 100 }, (_, i) => 10 * (i + 1)));
    await expect.poll(() => trainer.getSnapshot()!.step).toBe(1000);
  });

  test("pause drops the queued calls: they resolve without training", async () => {
    const { trainer } = start();
    await trainer.load(createTemplate("moons-mlp"));
    const running = trainer.step(1_000_000);
    const queued = [trainer.step(5), trainer.step(5)];
    await trainer.pause();
    const stopped = (await running)!;
    const after = await Promise.all(queued);
    expect(stopped.step).toBeLessThan(1_000_000);
    for (const s of after) expect(s!.step).toBeLessThanOrEqual(stopped.step);
    const next = (await trainer.step(3))!;
    expect(next.step).toBe(stopped.step + 3);
  });
});

describe("a rejected update() followed by a crash", () => {
  test("the refused setting is not replayed: step, restart and load work on the next worker", async () => {
    const { trainer, crashes, ends, made } = start();
    await trainer.load(createTemplate("xor"));
    await expect(trainer.update({ maxSnapshotsPerSecond: 0 })).rejects.toMatchObject({ code: "BAD_PARAM" });
    ends[0]!.close();
    await expect.poll(() => crashes.length).toBe(1);
    expect((await trainer.step(2))!.step).toBe(2);
    expect(await trainer.restart()).toMatchObject({ ok: true });
    expect(await trainer.load(createTemplate("xor"))).toMatchObject({ ok: true });
    expect(made()).toBe(3);
  });
});

describe("workers that stop answering or close themselves", () => {
  test("answerTimeoutMs must be a positive number of milliseconds", () => {
    for (const answerTimeoutMs of [0, -1, NaN, Infinity, "10" as never]) {
      expect(() =>
        createTrainer({ worker: () => new MessageChannel().port1 as unknown as Endpoint, answerTimeoutMs }),
      ).toThrow(/"answerTimeoutMs" must be a number of milliseconds > 0/);
    }
  });

  test("a worker that never answers: load() rejects with WORKER_TIMEOUT, onCrash hears it, the next call starts a new worker", async () => {
    const { trainer, crashes, made } = start({ answerTimeoutMs: 2_000, silentFirst: 1 });
    const error = await trainer.load(createTemplate("xor")).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: "WORKER_TIMEOUT",
      message: expect.stringMatching(/did not answer when it started within 2 s/),
    });
    expect(crashes).toEqual([error]);
    expect(trainer.getSnapshot()).toMatchObject({ status: "error", error: { code: "WORKER_TIMEOUT" } });
    expect(await trainer.load(createTemplate("xor"))).toMatchObject({ ok: true });
    expect(made()).toBe(2);
  });

  test("a worker that closes its port is reported through onCrash, drops queued steps and is restarted by the next call", async () => {
    const { trainer, crashes, ends, made } = start();
    await trainer.load(createTemplate("xor"));
    const pending = trainer.step(1_000_000);
    const queued = trainer.step(5);
    ends[0]!.close();
    await expect(pending).rejects.toMatchObject({
      code: "WORKER_CRASHED",
      message: expect.stringMatching(/port was closed/),
    });
    expect(crashes).toHaveLength(1);
    expect(await queued).toMatchObject({ status: "error", error: { code: "WORKER_CRASHED" } });
    expect(made()).toBe(1);
    expect((await trainer.step(1))!.step).toBeGreaterThan(0);
    expect(made()).toBe(2);
  });

  test("a browser worker that calls self.close() posts the closing notice first, and the trainer reports it", () => {
    const order: string[] = [];
    const scope = { postMessage: (m: unknown) => order.push(JSON.stringify(m)), close: () => order.push("closed") };
    announceClose(scope);
    scope.close();
    expect(order).toEqual([JSON.stringify(closingNotice), "closed"]);

    const events = new EventEmitter();
    const fakeWorker = {
      postMessage() {},
      terminate() {},
      addEventListener: (type: string, f: (e: unknown) => void) => void events.on(type, f),
      removeEventListener: (type: string, f: (e: unknown) => void) => void events.off(type, f),
    };
    const failures: string[] = [];
    connect(fakeWorker).onFailure((detail) => failures.push(detail));
    events.emit("message", { data: { id: "x", type: "RETURN" } });
    expect(failures).toEqual([]);
    events.emit("message", { data: closingNotice });
    expect(failures).toEqual(["it closed itself"]);
  });
});

test("a worker the trainer already retired closing its port is not a crash", async () => {
  const { trainer, ends, crashes } = start();
  const seen: Snapshot[] = [];
  trainer.subscribe((s) => seen.push(s));
  await trainer.load(createTemplate("xor"));
  await trainer.restart();
  ends[0]!.close();
  await expect(trainer.step(1)).resolves.toMatchObject({ step: 1 });
  expect(crashes).toEqual([]);
  expect(seen.every((s) => s.status !== "error")).toBe(true);
});
