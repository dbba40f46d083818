import { makeToy } from "@nudge/datasets";
import { createTemplate } from "@nudge/graph";
import { expect, test } from "vitest";
import { createWorkerApi } from "../src/worker/api.js";

test("a layer graph (moons, Dense 16-16-1 as a ModelSpec) trains with tfjs in the worker", async () => {
  const api = createWorkerApi();
  try {
    const doc = createTemplate("moons-layers");
    const loaded = await api.load(doc);
    expect(loaded).toMatchObject({ ok: true, parameters: 2 * 16 + 16 + 16 * 16 + 16 + 16 + 1 });
    const first = (await api.step(1))!;
    const after = (await api.step(150))!;
    expect(after.step).toBe(151);
    expect(after.loss).toBeLessThan(first.loss);
    expect(after.trainAccuracy).toBeGreaterThan(0.85);
    // Per-example predictions (no test split: all rows in order) are 0/1 classes, and the accuracy is theirs.
    const data = doc.data as { name: "moons"; n: number; noise: number; seed: number };
    const targets = makeToy(data.name, data).targets;
    const predicted = after.predictions!.train;
    expect(predicted.length).toBe(targets.length);
    expect(predicted.every((c) => c === 0 || c === 1)).toBe(true);
    expect(after.trainAccuracy).toBeCloseTo(predicted.filter((c, i) => c === targets[i]).length / targets.length, 12);
    expect(after.boundary?.values.length).toBe(40 * 40);
    expect(Object.keys(after.nodes)).toContain("l1");
    await expect(api.stepOp("forward")).rejects.toThrow(/layer graph/);
    // Pause and play again at once: training carries on.
    await api.play();
    await api.pause();
    await api.play();
    await new Promise((r) => setTimeout(r, 300));
    const running = (await api.step(1))!;
    expect(running.step).toBeGreaterThan(after.step + 1);
    const reset = (await api.reset())!;
    expect(reset.step).toBe(0);
    expect(Array.from((await api.reset())!.params)).toEqual(Array.from(reset.params));
    expect(Array.from((await api.reset(true))!.params)).not.toEqual(Array.from(reset.params));
  } finally {
    api.dispose();
  }
});
