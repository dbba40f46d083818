import { makeToy } from "@nudge/datasets";
import { createTemplate } from "@nudge/graph";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createTrainer, RuntimeError, type Snapshot, type Trainer } from "../src/index.js";
import { inProcessWorker, sleep } from "./helpers.js";
import { referencePredict } from "./reference.js";

let pool: ReturnType<typeof inProcessWorker>;
let trainer: Trainer;
let pushed: Snapshot[];
beforeEach(() => {
  pool = inProcessWorker();
  trainer = createTrainer({ worker: pool.worker });
  pushed = [];
  trainer.subscribe((s) => pushed.push(s));
});
afterEach(() => {
  trainer.destroy();
  pool.disposeAll();
});

const waitFor = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 1000; i++) {
    if (check()) return;
    await sleep(10);
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe("play, pause, step and reset", () => {
  test("step(n) trains exactly n steps and pause keeps the step count", async () => {
    await trainer.load(createTemplate("moons-mlp"));
    expect((await trainer.step(5))!.step).toBe(5);
    expect((await trainer.step(3))!.step).toBe(8);
    await trainer.play();
    await waitFor(() => (pushed.at(-1)?.step ?? 0) > 20, "training to run");
    await trainer.pause();
    await waitFor(() => trainer.getSnapshot()!.status === "paused", "the paused snapshot");
    const paused = trainer.getSnapshot()!;
    await sleep(100);
    expect(trainer.getSnapshot()!.step).toBe(paused.step);
    await trainer.play();
    await waitFor(() => trainer.getSnapshot()!.step > paused.step, "training to resume");
  });

  test("pause is handled while a long step(n) runs: the loop never blocks messages", async () => {
    await trainer.load(createTemplate("moons-mlp"));
    const long = trainer.step(1_000_000);
    await waitFor(() => (pushed.at(-1)?.step ?? 0) > 0, "the first steps");
    await trainer.pause();
    const stopped = (await long)!;
    expect(stopped.step).toBeGreaterThan(0);
    expect(stopped.step).toBeLessThan(1_000_000);
  });

  test("reset returns to the same initial weights; reseed draws new ones", async () => {
    const doc = createTemplate("moons-mlp");
    for (const e of doc.edges) delete e.weight;
    await trainer.load(doc);
    const first = (await trainer.reset())!;
    await trainer.step(10);
    const again = (await trainer.reset())!;
    expect(again.step).toBe(0);
    expect(Array.from(again.params)).toEqual(Array.from(first.params));
    const reseeded = (await trainer.reset(true))!;
    expect(Array.from(reseeded.params)).not.toEqual(Array.from(first.params));
  });

  test("update changes the learning rate without reloading: the next step is plain SGD at the new rate", async () => {
    await trainer.load(createTemplate("moons-mlp"));
    await trainer.update({ optimizer: { lr: 0.25 }, schedule: { kind: "constant" } });
    const before = (await trainer.step(1))!;
    const after = (await trainer.step(1))!;
    expect(after.learningRate).toBe(0.25);
    // Batch "all" and no momentum: w ← w − lr·∂L/∂w, with the gradient the snapshot reported at w.
    for (const [id, { weight, grad }] of Object.entries(before.edges))
      expect(after.edges[id]!.weight).toBeCloseTo(weight - 0.25 * grad, 12);
    // The bounds are @nudge/graph's: a learning rate must be > 0.
    await expect(trainer.update({ optimizer: { lr: 0 } })).rejects.toThrow(/optimizer\.lr/);
    await expect(trainer.update({ optimizer: { lr: -1 } })).rejects.toThrow(/optimizer\.lr/);
  });

  test("calls before load are refused with a clear error that keeps its code across the worker seam", async () => {
    const error = await trainer.play().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RuntimeError);
    expect(error).toMatchObject({ code: "NOT_LOADED", message: expect.stringMatching(/load\(doc\)/) });
  });
});

describe("optimiser state", () => {
  test("Adam keeps its moments across step and play runs and settings updates; reset starts it afresh", async () => {
    const doc = createTemplate("xor");
    doc.training.optimizer = { kind: "adam", lr: 0.05 };
    doc.training.schedule = { kind: "constant" };
    await trainer.load(doc);
    await trainer.step(2);
    await trainer.update({ optimizer: { lr: 0.05, momentum: 0.9 }, l2: doc.training.l2 });
    await trainer.step(1);
    const split = (await trainer.step(2))!;
    const first = (await trainer.reset())!;
    const one = (await trainer.step(1))!;
    const once = (await trainer.step(4))!;
    expect(split.step).toBe(5);
    expect(Array.from(split.params)).toEqual(Array.from(once.params));
    // A fresh optimiser per run would give other numbers: Adam's first step moves every weight by lr·g/(|g| + ε) ≈ lr.
    const moved = one.params.map((p, i) => Math.abs(p - first.params[i]));
    expect(Math.max(...moved)).toBeLessThanOrEqual(0.05 + 1e-12);
    expect(Math.max(...moved)).toBeGreaterThan(0.049);
  });
});

describe("stepOp walks one op at a time", () => {
  test("forward then backward through micrograd's README expression, and back again", async () => {
    await trainer.load(createTemplate("micrograd-readme"));
    const ids = createTemplate("micrograd-readme").nodes.map((n) => n.id);
    let cursor = (await trainer.stepOp("forward"))!;
    expect(cursor).toMatchObject({ index: 1, phase: "forward" });
    const total = cursor.total;
    while (cursor.index < total) cursor = (await trainer.stepOp("forward"))!;
    expect(cursor.phase).toBe("done");
    expect((await trainer.stepOp("forward"))!.index).toBe(total);
    await waitFor(() => trainer.getSnapshot()?.op?.index === total, "the done snapshot");
    const done = trainer.getSnapshot()!;
    // Published values from micrograd's README.
    expect(done.nodes.g.value).toBeCloseTo(24.7041, 4);
    expect(done.nodes.a.grad).toBeCloseTo(138.8338, 4);
    expect(done.nodes.b.grad).toBeCloseTo(645.5773, 4);
    expect(Object.keys(done.nodes).sort()).toEqual([...ids].sort());
    // The first backward op is the output's own gradient, 1.
    const forwardOps = ids.length - ids.filter((id) => /^(a|b|one\d|two\d|three|ten)$/.test(id)).length;
    while (cursor.index > forwardOps + 1) cursor = (await trainer.stepOp("back"))!;
    expect(cursor).toMatchObject({ phase: "backward", nodeId: "g" });
    await waitFor(() => trainer.getSnapshot()?.op?.index === forwardOps + 1, "the walk snapshot");
    const early = trainer.getSnapshot()!;
    expect(early.nodes.g.grad).toBe(1);
    expect(early.nodes.a.grad).toBeNull();
    while (cursor.index > 0) cursor = (await trainer.stepOp("back"))!;
    expect(cursor.phase).toBe("start");
    await waitFor(() => trainer.getSnapshot()?.op?.index === 0, "the start snapshot");
    expect(trainer.getSnapshot()!.nodes.g.value).toBeNull();
    expect(trainer.getSnapshot()!.nodes.a.value).toBe(-4);
  });
});

describe("hand edits and start failures", () => {
  test("setParams sets a weight and a bias; the next snapshot computes with them", async () => {
    await trainer.load(createTemplate("micrograd-neuron"));
    await trainer.setParams({ nodes: { w1: 0.5, b: -1 } });
    // o = tanh(x1·w1 + x2·w2 + b) = tanh(2·0.5 + 0·1 − 1) = 0; do/dw1 = (1 − o²)·x1 = 2.
    await waitFor(() => trainer.getSnapshot()?.nodes.w1.value === 0.5, "the edited snapshot");
    const edited = trainer.getSnapshot()!;
    expect(edited.nodes.o.value).toBeCloseTo(0, 12);
    expect(edited.nodes.w1.grad).toBeCloseTo(2, 12);
    await expect(trainer.setParams({ edges: { nope: 1 } })).rejects.toThrow(/no edge "nope" with a trainable number/);
    await expect(trainer.setParams({ nodes: { w1: NaN } })).rejects.toThrow(/node "w1" must be a finite number/);
  });

  test("destroy while the worker is starting rejects the waiting call", async () => {
    const fresh = createTrainer({ worker: pool.worker });
    const pending = fresh.load(createTemplate("xor"));
    fresh.destroy();
    await expect(pending).rejects.toMatchObject({ code: "DESTROYED" });
  });

  test("a worker factory that throws is reported as WORKER_START", async () => {
    const broken = createTrainer({
      worker: () => {
        throw new Error("no workers here");
      },
    });
    await expect(broken.play()).rejects.toMatchObject({
      code: "WORKER_START",
      message: expect.stringMatching(/no workers here/),
    });
    broken.destroy();
  });
});

describe("settings", () => {
  test("without a Loss node, update({ loss }) switches the loss the outputs are trained on", async () => {
    const doc = createTemplate("moons-mlp");
    doc.nodes = doc.nodes.filter((n) => n.kind !== "loss");
    doc.edges = doc.edges.filter((e) => e.target !== "loss");
    await trainer.load(doc);
    const margin = (await trainer.reset())!;
    await trainer.update({ loss: "mse" });
    const mse = (await trainer.reset())!;
    expect(Array.from(mse.params)).toEqual(Array.from(margin.params));
    // Recompute both losses from the definitions with an independent forward pass.
    const data = makeToy("moons", { n: 100, noise: 0.1, seed: 1 });
    const l2 = 1e-4 * margin.params.reduce((a, p) => a + p * p, 0);
    let hinge = 0;
    let squared = 0;
    for (let i = 0; i < 100; i++) {
      const p = referencePredict(doc, margin, data.features.subarray(2 * i, 2 * i + 2));
      const y = data.targets[i];
      hinge += Math.max(0, 1 - (y > 0 ? 1 : -1) * p);
      squared += (p - y) ** 2;
    }
    expect(margin.loss).toBeCloseTo(hinge / 100 + l2, 9);
    expect(mse.loss).toBeCloseTo(squared / 100 + l2, 9);
  });
});

describe("load with a kept run", () => {
  test("a layer graph continues from its kept weights and step (SGD: exactly as the original goes on)", async () => {
    const base = createTemplate("moons-layers");
    const doc = { ...base, training: { ...base.training, optimizer: { kind: "sgd" as const, lr: 0.1 } } };
    await trainer.load(doc);
    const kept = (await trainer.step(12))!;
    const other = createTrainer({ worker: pool.worker });
    try {
      const loaded = await other.load(doc, { params: Float64Array.from(kept.params), step: kept.step });
      expect(loaded.ok).toBe(true);
      await waitFor(() => other.getSnapshot()?.step === 12, "the resumed snapshot");
      expect([...other.getSnapshot()!.params]).toEqual([...kept.params]);
      const [a, b] = [(await trainer.step(3))!, (await other.step(3))!];
      expect(b.step).toBe(15);
      expect(b.loss).toBe(a.loss);
      expect([...b.params]).toEqual([...a.params]);
      const wrong = await other.load(doc, { params: Float64Array.from(kept.params).slice(1), step: 12 });
      expect(wrong.ok).toBe(true);
      await waitFor(() => other.getSnapshot()?.step === 0, "a fresh start when the kept run does not fit");
    } finally {
      other.destroy();
    }
  });

  test("continues from the saved parameters and step exactly as the original run goes on", async () => {
    const doc = createTemplate("moons-mlp");
    await trainer.load(doc);
    const kept = (await trainer.step(30))!;
    const other = createTrainer({ worker: pool.worker });
    try {
      const loaded = await other.load(doc, { params: Float64Array.from(kept.params), step: kept.step });
      expect(loaded.ok).toBe(true);
      await waitFor(() => other.getSnapshot()?.step === 30, "the resumed snapshot");
      expect([...other.getSnapshot()!.params]).toEqual([...kept.params]);
      const [a, b] = [(await trainer.step(5))!, (await other.step(5))!];
      expect(b.step).toBe(35);
      expect(b.loss).toBe(a.loss);
      expect([...b.params]).toEqual([...a.params]);
    } finally {
      other.destroy();
    }
  });
});
