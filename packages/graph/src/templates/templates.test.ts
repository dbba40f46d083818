import { Adam } from "@nudge/autograd";
import { makeToy } from "@nudge/datasets";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/index.js";
import type { GraphDoc } from "../schema/types.js";
import { graphDocSchema } from "../schema/doc-schema.js";
import { getKind } from "../kinds/registry.js";
import { templates } from "./index.js";

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

/** Trains a compiled neuron template with autograd's Adam on all its rows (as the runtime does) and returns its accuracy. */
function trainCompiled(doc: GraphDoc, steps: number): number {
  const result = compile(doc);
  if (!result.ok || result.kind !== "tape") throw new Error("expected a tape");
  const g = result.graph;
  const d = doc.data as { name: "xor"; n: number; noise: number; seed: number; classes?: number };
  const ds = makeToy(d.name, { n: d.n, noise: d.noise, seed: d.seed, ...(d.classes ? { classes: d.classes } : {}) });
  const batch = { features: ds.features, targets: ds.targets, dim: ds.shape[1]!, count: ds.shape[0]! };
  const adam = new Adam(
    {
      values: g.params,
      grads: g.grads,
      paramSlots: Int32Array.from(g.params, (_, i) => i),
      zeroGrad: () => g.grads.fill(0),
    },
    { lr: doc.training.optimizer.lr },
  );
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
