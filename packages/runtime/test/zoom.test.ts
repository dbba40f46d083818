import { collapseToLayers, createTemplate, expandLayers, type GraphDoc } from "@nudge/graph";
import { expect, test } from "vitest";
import type { Snapshot } from "../src/protocol.js";
import { createWorkerApi } from "../src/worker/api.js";

// L2 0: a layer graph decays kernels only, a neuron graph every parameter (see @nudge/graph's README).
const sgd = (doc: GraphDoc, lr: number): GraphDoc => ({
  ...doc,
  training: { ...doc.training, optimizer: { kind: "sgd", lr }, schedule: { kind: "constant" }, l2: 0 },
});
const kept = (doc: GraphDoc, s: Snapshot): GraphDoc => ({ ...doc, trained: { step: s.step, params: [...s.params] } });
const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};
/** Within float32 rounding of a loss summed over 100 rows (tfjs runs in float32, the tape in float64). */
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6 * Math.max(1, Math.abs(b)));

/** Trains `from` for `steps`, switches level with `zoom`, resumes there, and steps both sessions on together. */
async function continues(from: GraphDoc, zoom: (doc: GraphDoc) => GraphDoc, steps: number) {
  const [a, b] = [createWorkerApi(), createWorkerApi()];
  try {
    ok(await a.load(from));
    const first = (await a.step(1))!;
    const trained = (await a.step(steps - 1))!;
    const other = zoom(kept(from, trained));
    ok(await b.load(other, { params: Float64Array.from(other.trained!.params), step: trained.step }));
    for (let k = 1; k <= 5; k += 1) {
      const [here, there] = [(await a.step(1))!, (await b.step(1))!];
      expect(there.step).toBe(trained.step + k);
      close(there.loss, here.loss);
    }
    return { first: first.loss, trained: trained.loss, other };
  } finally {
    a.dispose();
    b.dispose();
  }
}

test("a trained layer graph expanded into neurons trains on from where it was (tape loss = tfjs loss within float32)", async () => {
  const run = await continues(sgd(createTemplate("moons-layers"), 0.3), (d) => ok(expandLayers(d)).doc, 40);
  expect(run.other.mode).toBe("neurons");
  expect(run.trained).toBeLessThan(run.first - 0.05);
});

test("a trained neuron network collapsed into layers trains on from where it was (tfjs loss = tape loss within float32)", async () => {
  const run = await continues(sgd(createTemplate("moons-mlp"), 0.1), (d) => ok(collapseToLayers(d)).doc, 20);
  expect(run.other.mode).toBe("layers");
  expect(run.trained).toBeLessThan(run.first - 0.05);
});
