import { createTemplate, templates, type TemplateId } from "@nudge/graph";
import { fitGlmIrls } from "@nudge/models/glm";
import { afterEach, describe, expect, test } from "vitest";
import { createWorkerApi } from "../src/worker/api.js";

// The three one-neuron templates trained in the worker reach the coefficients of @nudge/models' GLM
// (fitted independently here by IRLS on the template's rows), and fitGlm() says so.
let api: ReturnType<typeof createWorkerApi>;
afterEach(() => api?.dispose());

const cases: [TemplateId, "gaussian" | "binomial" | "poisson", number][] = [
  ["linear-regression", "gaussian", 500],
  ["logistic-regression", "binomial", 2000],
  ["poisson-regression", "poisson", 500],
];

describe("fitGlm: a neuron is a GLM", () => {
  test.each(cases)("%s trained in the worker matches the %s GLM within 1e-3", async (id, family, steps) => {
    const doc = createTemplate(id);
    api = createWorkerApi();
    expect(await api.load(doc)).toMatchObject({ ok: true });
    const s = (await api.step(steps))!;
    const neuron = doc.nodes.find((n) => n.kind === "neuron")!;
    const wires = doc.edges.filter((e) => e.target === neuron.id);
    const result = await api.fitGlm();
    if (!result.ok) throw new Error(result.reason);
    const c = result.comparison;
    expect(c.family).toBe(family);
    expect(c.rows).toBe(doc.data.kind === "toy" ? doc.data.n : 0);
    // The same rows, independently: the data set the template names, all rows (no test split).
    const { makeToy } = await import("@nudge/datasets");
    const d = doc.data as { name: string; n: number; noise: number; seed: number; classes?: number };
    const ds = makeToy(d.name, { n: d.n, noise: d.noise, seed: d.seed, ...(d.classes ? { classes: d.classes } : {}) });
    const reference = fitGlmIrls(family, { features: ds.features, targets: ds.targets });
    expect(c.glm.intercept).toBeCloseTo(reference.intercept, 10);
    expect(c.glm.deviance).toBeCloseTo(reference.deviance, 8);
    expect(Math.abs(s.nodes[neuron.id]!.param! - reference.intercept)).toBeLessThan(1e-3);
    wires.forEach((w, k) => expect(Math.abs(s.edges[w.id]!.weight - reference.weights[k]!)).toBeLessThan(1e-3));
    expect(c.neuron.intercept).toBe(s.nodes[neuron.id]!.param);
    expect(c.agrees).toBe(true);
    expect(c.neuron.deviance).toBeGreaterThanOrEqual(c.glm.deviance - 1e-9);
    expect(c.neuron.deviance - c.glm.deviance).toBeLessThan(1e-4);
  });

  test("before training the neuron does not agree, and a graph that is no GLM says why", async () => {
    api = createWorkerApi();
    await api.load(createTemplate("poisson-regression"));
    const before = await api.fitGlm();
    expect(before).toMatchObject({ ok: true, comparison: { agrees: false } });
    await api.load(templates["moons-mlp"].create());
    expect(await api.fitGlm()).toEqual({ ok: false, reason: "the graph is not a single neuron" });
  });
});
