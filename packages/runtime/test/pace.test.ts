import { createTemplate, type GraphDoc } from "@nudge/graph";
import { describe, expect, test } from "vitest";
import type { Snapshot } from "../src/index.js";
import { createWorkerApi } from "../src/worker/api.js";
import type { Clock } from "../src/worker/pace.js";
import { sleep } from "./helpers.js";

/** A clock that only moves when the worker's sleep ends: pacing is then exact and independent of the machine's speed. */
function fakeClock(): Clock & { elapsed(): number } {
  let t = 0;
  return {
    now: () => t,
    sleep: (ms) =>
      new Promise((resolve) =>
        setImmediate(() => {
          t += ms;
          resolve();
        }),
      ),
    elapsed: () => t,
  };
}

/** A worker api with a fake clock, recording every snapshot it pushes. */
async function paced(doc: GraphDoc) {
  const clock = fakeClock();
  const api = createWorkerApi({ clock });
  const seen: (Snapshot & { at: number })[] = [];
  await api.subscribe((s) => void seen.push({ ...s, at: clock.now() }));
  expect(await api.load(doc)).toMatchObject({ ok: true });
  const until = async (check: (s: Snapshot) => boolean, what: string) => {
    for (let i = 0; i < 2000; i++) {
      const last = seen.at(-1);
      if (last && check(last)) return last;
      await sleep(5);
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  return { api, clock, seen, until };
}

describe("pace: maxStepsPerSecond", () => {
  test("at 4 steps a second, 40 steps take 10 s of the worker's clock, and the rate shown is 4", async () => {
    const { api, until } = await paced(createTemplate("moons-mlp"));
    await api.update({ maxStepsPerSecond: 4 });
    await api.play();
    const first = await until((s) => s.step >= 1, "the first step");
    const last = await until((s) => s.step >= first.step + 40, "40 more steps");
    await api.pause();
    // Each snapshot leaves at the step it shows, before the pacer's sleep: 40 steps at 4 a second are 10 s apart.
    expect((last.at - first.at) / 1000).toBe((last.step - first.step) / 4);
    const s = (await api.step(1))!;
    expect(s.stepsPerSecond === 0 || Math.abs(s.stepsPerSecond - 4) < 0.5).toBe(true);
    api.dispose();
  });

  test("a new pace applies to a running run, which keeps running: unlimited, then 3 a second", async () => {
    const { api, clock, until } = await paced(createTemplate("moons-mlp"));
    await api.update({ stopAfter: { count: 1_000_000, unit: "steps" } });
    await api.play();
    const fast = await until((s) => s.step >= 200, "fast steps");
    expect(clock.elapsed()).toBe(0);
    await api.update({ maxStepsPerSecond: 3 });
    await sleep(50);
    const from = (await until((s) => s.status === "running", "running")).step;
    await until((s) => s.step >= from + 9, "9 slow steps");
    expect(clock.elapsed()).toBeGreaterThanOrEqual(2500);
    expect(fast.status).toBe("running");
    await api.pause();
    api.dispose();
  });

  test("refuses a pace that is not a number of steps > 0, naming it", async () => {
    const { api } = await paced(createTemplate("xor"));
    await expect(api.update({ maxStepsPerSecond: 0 })).rejects.toThrow(/maxStepsPerSecond/);
    await expect(api.update({ maxStepsPerSecond: "fast" as unknown as number })).rejects.toThrow(/maxStepsPerSecond/);
    api.dispose();
  });
});

describe("stop condition: training.stopAfter", () => {
  test("Play pauses at the set step count with stoppedAt; Play again trains as many steps more", async () => {
    const doc = createTemplate("moons-mlp");
    doc.training.stopAfter = { count: 50, unit: "steps" };
    const { api, until } = await paced(doc);
    await api.play();
    const first = await until((s) => s.status === "paused", "the stop");
    expect(first).toMatchObject({ step: 50, stoppedAt: 50 });
    await api.play();
    const second = await until((s) => s.status === "paused" && s.step > 50, "the second stop");
    expect(second).toMatchObject({ step: 100, stoppedAt: 100 });
    await api.step(1);
    expect((await api.step(1))!.stoppedAt).toBeUndefined();
    api.dispose();
  });

  test("epochs count passes over the training rows: 5 epochs of 100 rows in batches of 32 are 20 steps", async () => {
    const doc = createTemplate("moons-mlp");
    doc.training = { ...doc.training, batchSize: 32, stopAfter: { count: 5, unit: "epochs" } };
    const { api, until } = await paced(doc);
    await api.play();
    expect(await until((s) => s.status === "paused", "the stop")).toMatchObject({ step: 20, stoppedAt: 20 });
    api.dispose();
  });

  test("a layer graph stops at its stop condition too", async () => {
    const doc = createTemplate("moons-layers");
    doc.training.stopAfter = { count: 30, unit: "steps" };
    const { api, until } = await paced(doc);
    await api.play();
    expect(await until((s) => s.status === "paused", "the stop")).toMatchObject({ step: 30, stoppedAt: 30 });
    api.dispose();
  });
});
