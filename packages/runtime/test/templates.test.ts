import { makeToy } from "@nudge/datasets";
import { createTemplate, templates, type GraphDoc, type TemplateId } from "@nudge/graph";
import { afterEach, describe, expect, test } from "vitest";
import type { Snapshot } from "../src/index.js";
import { createWorkerApi } from "../src/worker/api.js";

// Every shipped template, trained as the editor trains it (the worker api, in process), to a result a
// broken template could not reach. moons-layers (tfjs) is trained in layers.test.ts, poisson-regression
// (to its GLM's IRLS fit) in glm.test.ts, the language models (bigram-neural, mlp-lm) in language.test.ts,
// moons-batchnorm and the deep language models in diagnostics.test.ts.
const elsewhere: TemplateId[] = [
  "moons-layers",
  "poisson-regression",
  "bigram-neural",
  "mlp-lm",
  "moons-batchnorm",
  "deep-mlp-lm-batchnorm",
  "deep-mlp-lm",
];

let api: ReturnType<typeof createWorkerApi>;
afterEach(() => api?.dispose());

async function open(id: TemplateId): Promise<Snapshot> {
  api = createWorkerApi();
  expect(await api.load(createTemplate(id))).toMatchObject({ ok: true });
  return (await api.reset())!;
}

const dataOf = (doc: GraphDoc) => {
  const d = doc.data as { name: "xor"; n: number; noise: number; seed: number; testFraction: number; classes?: number };
  return makeToy(d.name, { n: d.n, noise: d.noise, seed: d.seed, ...(d.classes ? { classes: d.classes } : {}) });
};

const tested = new Set<TemplateId>(elsewhere);
const each = (id: TemplateId, name: string, fn: () => Promise<void>) => {
  tested.add(id);
  test(`${id}: ${name}`, fn);
};

describe("templates train to what their hints promise", () => {
  each("abc", "a·b + c = 4 with gradients (b, a, 1); descending lowers it", async () => {
    const s = await open("abc");
    expect(s.nodes.d!.value).toBeCloseTo(2 * -3 + 10, 12);
    expect([s.nodes.a!.grad, s.nodes.b!.grad, s.nodes.c!.grad]).toEqual([-3, 2, 1]);
    expect((await api.step(5))!.nodes.d!.value!).toBeLessThan(4);
  });

  each(
    "micrograd-neuron",
    "the lecture's numbers: o = 0.7071, x1.grad = −1.5, w1.grad = 1, x2.grad = 0.5, w2.grad = 0",
    async () => {
      const s = await open("micrograd-neuron");
      expect(s.nodes.o!.value).toBeCloseTo(Math.SQRT1_2, 4);
      expect(s.nodes.x1!.grad).toBeCloseTo(-1.5, 4);
      expect(s.nodes.w1!.grad).toBeCloseTo(1, 4);
      expect(s.nodes.x2!.grad).toBeCloseTo(0.5, 4);
      expect(s.nodes.w2!.grad).toBeCloseTo(0, 4);
    },
  );

  each("micrograd-readme", "g = 24.7041, dg/da = 138.8338, dg/db = 645.5773 (micrograd's README)", async () => {
    const s = await open("micrograd-readme");
    expect(s.nodes.g!.value).toBeCloseTo(24.7041, 4);
    expect(s.nodes.a!.grad).toBeCloseTo(138.8338, 4);
    expect(s.nodes.b!.grad).toBeCloseTo(645.5773, 4);
  });

  each("moons-mlp", "micrograd's demo reaches ≥ 97% training accuracy in 100 steps", async () => {
    await open("moons-mlp");
    expect((await api.step(100))!.trainAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  each(
    "xor",
    "reaches 100% training accuracy within 500 steps, from the template's weights and from two reseeds",
    async () => {
      const doc = createTemplate("xor");
      const targets = dataOf(doc).targets;
      expect(new Set(targets)).toEqual(new Set([0, 1]));
      await open("xor");
      for (const reseed of [false, true, true]) {
        if (reseed) await api.reset(true);
        const s = (await api.step(500))!;
        expect(s.trainAccuracy).toBe(1);
        expect(Array.from(s.predictions!.train)).toEqual(Array.from(targets));
      }
    },
  );

  each("spiral", "three classes: ≥ 97% train and ≥ 85% test accuracy in 300 steps, every class predicted", async () => {
    const doc = createTemplate("spiral");
    expect(dataOf(doc).classNames).toHaveLength(3);
    expect(doc.nodes.filter((n) => n.kind === "output")).toHaveLength(3);
    await open("spiral");
    const s = (await api.step(300))!;
    expect(s.trainAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(s.testAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(new Set(s.predictions!.train)).toEqual(new Set([0, 1, 2]));
  });

  each("linear-regression", "reaches the least-squares line (closed form) on its data", async () => {
    const ds = dataOf(createTemplate("linear-regression"));
    const xs = Array.from(ds.features);
    const ys = Array.from(ds.targets);
    const n = xs.length;
    const mx = xs.reduce((a, b) => a + b) / n;
    const my = ys.reduce((a, b) => a + b) / n;
    const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    const intercept = my - slope * mx;
    const mse = xs.reduce((s, x, i) => s + (slope * x + intercept - ys[i]!) ** 2, 0) / n;
    await open("linear-regression");
    const s = (await api.step(300))!;
    expect(s.edges["x1-h1_1-in"]!.weight).toBeCloseTo(slope, 3);
    expect(s.nodes.h1_1!.param).toBeCloseTo(intercept, 3);
    expect(s.loss).toBeCloseTo(mse, 6);
  });

  each("logistic-regression", "two blobs (classes 0 and 1 only), ≥ 95% training accuracy in 100 steps", async () => {
    const doc = createTemplate("logistic-regression");
    const ds = dataOf(doc);
    expect(ds.classNames).toHaveLength(2);
    expect(new Set(ds.targets)).toEqual(new Set([0, 1]));
    await open("logistic-regression");
    expect((await api.step(100))!.trainAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  each("moons-small", "Playground's 2-4-2 on the moons: ≥ 95% training accuracy in 400 steps", async () => {
    await open("moons-small");
    expect((await api.step(400))!.trainAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  each(
    "curve-fit",
    "four tanh pieces fit the sine: the loss falls below a tenth of the targets' variance",
    async () => {
      const ds = dataOf(createTemplate("curve-fit"));
      const mean = ds.targets.reduce((a, y) => a + y, 0) / ds.targets.length;
      const variance = ds.targets.reduce((a, y) => a + (y - mean) ** 2, 0) / ds.targets.length;
      await open("curve-fit");
      expect((await api.step(600))!.loss).toBeLessThan(variance / 10);
    },
  );

  each("bigram-counting", "nothing to train: the worker refuses it, saying its model is the count table", async () => {
    api = createWorkerApi();
    expect(await api.load(createTemplate("bigram-counting"))).toMatchObject({
      ok: false,
      problems: [{ code: "counting-only" }],
    });
  });

  test("every template has a training test", () => {
    expect([...tested].sort()).toEqual(Object.keys(templates).sort());
  });
});
