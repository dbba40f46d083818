import { Adam } from "@nudge/autograd";
import { makeToy } from "@nudge/datasets";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/index.js";
import type { GraphDoc } from "../schema/types.js";
import { graphDocSchema } from "../schema/doc-schema.js";
import { getKind } from "../kinds/registry.js";
import { templates } from "./index.js";
import { lessonPath } from "./lesson-path.js";
import { isCountingBigram } from "../text/counting.js";

describe("templates", () => {
  for (const template of Object.values(templates)) {
    it(`${template.id} is a valid GraphDoc with known kinds and distinct positions`, () => {
      const doc = template.create();
      expect(graphDocSchema.safeParse(doc).success).toBe(true);
      for (const node of doc.nodes) expect(getKind(node.kind), node.kind).toBeDefined();
      const spots = new Set(doc.nodes.map((node) => `${node.position.x},${node.position.y}`));
      expect(spots.size).toBe(doc.nodes.length);
      expect(template.create()).not.toBe(doc);
    });
  }

  it("moons MLP has micrograd's 2-16-16-1 shape: 337 parameters (304 weights + 33 biases)", () => {
    const doc = templates["moons-mlp"].create();
    expect(doc.nodes.filter((node) => node.kind === "neuron")).toHaveLength(33);
    expect(doc.edges.filter((edge) => edge.targetHandle === "in" && edge.weight !== undefined)).toHaveLength(304);
  });
});

const neurons = (doc: GraphDoc) => doc.nodes.filter((node) => node.kind === "neuron");
const lossOf = (doc: GraphDoc) => String(doc.nodes.find((node) => node.kind === "loss")?.params.fn);

/** Units per column of a neuron MLP: inputs, then neurons grouped by the layer prefix of their id (h1_, h2_, …). */
function layerSizes(doc: GraphDoc): number[] {
  const sizes = [doc.nodes.filter((node) => node.kind === "input").length];
  for (const node of neurons(doc)) {
    const layer = Number(/^h(\d+)_/.exec(node.id)![1]);
    sizes[layer] = (sizes[layer] ?? 0) + 1;
  }
  return sizes;
}

/** autograd's Adam over every parameter of a compiled tape (as the runtime steps it). */
function adamOn(g: { params: Float64Array; grads: Float64Array }, lr: number): Adam {
  return new Adam(
    {
      values: g.params,
      grads: g.grads,
      paramSlots: Int32Array.from(g.params, (_, i) => i),
      zeroGrad: () => g.grads.fill(0),
    },
    { lr },
  );
}

/** Trains a compiled neuron template with autograd's Adam on all its rows (as the runtime does) and returns its accuracy. */
function trainCompiled(doc: GraphDoc, steps: number): number {
  const result = compile(doc);
  if (!result.ok || result.kind !== "tape") throw new Error("expected a tape");
  const g = result.graph;
  const d = doc.data as { name: "xor"; n: number; noise: number; seed: number; classes?: number };
  const ds = makeToy(d.name, { n: d.n, noise: d.noise, seed: d.seed, ...(d.classes ? { classes: d.classes } : {}) });
  const batch = { features: ds.features, targets: ds.targets, dim: ds.shape[1]!, count: ds.shape[0]! };
  const adam = adamOn(g, doc.training.optimizer.lr);
  g.setBatch(batch);
  for (let k = 0; k < steps; k += 1) {
    g.forward(doc.training.l2);
    g.backward();
    adam.step();
  }
  return g.accuracy(batch)!;
}

describe("template hints and titles say what the template is", () => {
  it("titles with a shape (2-16-16-1, 2-8-1, 2-16-3) match the wired layers", () => {
    for (const template of Object.values(templates)) {
      const doc = template.create();
      const shape = /(\d+(?:-\d+)+)/.exec(doc.title)?.[1];
      if (!shape || doc.mode !== "neurons") continue;
      expect(layerSizes(doc), template.id).toEqual(shape.split("-").map(Number));
    }
  });

  it("linear regression: one identity neuron trained with MSE", () => {
    const doc = templates["linear-regression"].create();
    expect(templates["linear-regression"].hint).toMatch(/identity.*MSE/);
    expect(neurons(doc).map((node) => node.params.activation)).toEqual(["identity"]);
    expect(lossOf(doc)).toBe("mse");
  });

  it("logistic regression: one sigmoid neuron with BCE on two classes", () => {
    const doc = templates["logistic-regression"].create();
    expect(templates["logistic-regression"].hint).toMatch(/sigmoid.*BCE/);
    expect(neurons(doc).map((node) => node.params.activation)).toEqual(["sigmoid"]);
    expect(lossOf(doc)).toBe("bce");
    expect(doc.data).toMatchObject({ name: "blobs", classes: 2 });
  });

  it("XOR: no hidden layer of one neuron (not linearly separable); it trains to 100% with autograd's Adam", () => {
    const doc = templates.xor.create();
    expect(doc.data).toMatchObject({ name: "xor", noise: 0 });
    expect(layerSizes(doc)[1]).toBeGreaterThan(2);
    expect(trainCompiled(doc, 500)).toBe(1);
  });

  it("spiral: one output per class under softmax cross-entropy; ≥ 97% training accuracy with Adam", () => {
    const doc = templates.spiral.create();
    expect(templates.spiral.hint).toMatch(/Three classes/);
    expect(doc.data).toMatchObject({ name: "spiral", classes: 3 });
    expect(doc.nodes.filter((node) => node.kind === "output")).toHaveLength(3);
    expect(lossOf(doc)).toBe("softmax-ce");
    expect(trainCompiled(doc, 300)).toBeGreaterThanOrEqual(0.97);
  });

  it("micrograd README: the numbers in the hint are what the compiled expression gives", () => {
    const [g, dgda] = templates["micrograd-readme"].hint.match(/-?\d+\.\d+/g)!.map(Number);
    const result = compile(templates["micrograd-readme"].create());
    if (!result.ok || result.kind !== "tape") throw new Error("expected a tape");
    expect(result.graph.forward()).toBeCloseTo(g!, 4);
    result.graph.backward();
    expect(result.graph.grad(result.graph.nodeIndex("a"))).toBeCloseTo(dgda!, 4);
  });

  it("moons layers: the same MLP as moons-mlp (layer sizes, links, loss)", () => {
    const layers = templates["moons-layers"].create();
    const mlp = templates["moons-mlp"].create();
    expect(layers.nodes.filter((node) => node.kind === "dense").map((node) => node.params.units)).toEqual(
      layerSizes(mlp).slice(1),
    );
    const links = (doc: GraphDoc, kind: string) =>
      doc.nodes.filter((node) => node.kind === kind).map((node) => node.params.activation);
    expect([...new Set(links(layers, "dense"))]).toEqual([...new Set(links(mlp, "neuron"))]);
    expect(lossOf(layers)).toBe(lossOf(mlp));
  });
});

/** Mean squared error of a compiled regression template's predictions after `steps` Adam steps, and the targets' variance (the error of predicting their mean). */
function fitCurve(doc: GraphDoc, steps: number): { mse: number; variance: number } {
  const result = compile(doc);
  if (!result.ok || result.kind !== "tape") throw new Error("expected a tape");
  const g = result.graph;
  const d = doc.data as { name: "sine"; n: number; noise: number; seed: number };
  const ds = makeToy(d.name, { n: d.n, noise: d.noise, seed: d.seed });
  const batch = { features: ds.features, targets: ds.targets, dim: 1, count: ds.shape[0]! };
  const adam = adamOn(g, doc.training.optimizer.lr);
  g.setBatch(batch);
  let mse = 0;
  for (let k = 0; k < steps; k += 1) {
    mse = g.forward(0);
    g.backward();
    adam.step();
  }
  const mean = ds.targets.reduce((s, y) => s + y, 0) / batch.count;
  const variance = ds.targets.reduce((s, y) => s + (y - mean) ** 2, 0) / batch.count;
  return { mse, variance };
}

describe("first minutes and the lesson path", () => {
  it("moons-small is Playground's 2-4-2 on the moons (11 nodes, readable at a glance) and trains to ≥ 95% with Adam", () => {
    const doc = templates["moons-small"].create();
    expect(layerSizes(doc)).toEqual([2, 4, 2, 1]);
    expect(doc.nodes.length).toBeLessThanOrEqual(12);
    expect(doc.data).toMatchObject({ name: "moons" });
    expect(templates["moons-small"].hint).toMatch(/Play/);
    expect(trainCompiled(doc, 400)).toBeGreaterThanOrEqual(0.95);
  });

  it("curve-fit: four tanh pieces fit sin(x) to an MSE under a tenth of the targets' variance", () => {
    const doc = templates["curve-fit"].create();
    expect(layerSizes(doc)).toEqual([1, 4, 1]);
    const { mse, variance } = fitCurve(doc, 600);
    expect(variance).toBeGreaterThan(0.3);
    expect(mse).toBeLessThan(variance / 10);
  });

  it("the lesson path lists the seven lessons in order, each template it names exists", () => {
    expect(lessonPath.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const lesson of lessonPath) if (lesson.template) expect(templates[lesson.template]).toBeDefined();
    expect(lessonPath.slice(0, 3).every((l) => l.template)).toBe(true);
  });
});

describe("text templates", () => {
  it("Bigram (counting) is the shipped names with nothing to wire: the editor shows its count table", () => {
    const doc = templates["bigram-counting"].create();
    expect(doc.title).toBe("Bigram (counting)");
    expect(doc.data).toMatchObject({ kind: "text", source: "names", fractions: [0.8, 0.1, 0.1] });
    expect(isCountingBigram(doc)).toBe(true);
    expect(isCountingBigram(templates["moons-layers"].create())).toBe(false);
    expect(isCountingBigram({ ...doc, nodes: templates["moons-layers"].create().nodes })).toBe(false);
  });

  it("comes after the lesson-3 templates, first of the text lessons", () => {
    const ids = Object.keys(templates);
    expect(ids.indexOf("bigram-counting")).toBeGreaterThan(ids.indexOf("moons-layers"));
  });
});
