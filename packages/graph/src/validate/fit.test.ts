import { describe, expect, it } from "vitest";
import { compile } from "../compile/index.js";
import { toyData } from "../schema/defaults.js";
import { lossNames, toyInfo, toyNames } from "../schema/constants.js";
import type { GraphDoc, LossName } from "../schema/types.js";
import { createTemplate } from "../templates/index.js";
import { neuronMlp } from "../templates/networks.js";
import { validate } from "./index.js";

const errors = (doc: unknown) => validate(doc).filter((p) => p.severity === "error");

/** A 1-4-1 or 2-4-1 neuron MLP with a Loss node using `loss`, on `data`. */
function mlp(data: GraphDoc["data"], loss: LossName, outputs = 1): GraphDoc {
  const inputs = data.kind === "toy" ? toyInfo[data.name].features : 1;
  return neuronMlp({
    title: "t",
    inputs,
    layers: [
      { units: 4, activation: "tanh" },
      { units: outputs, activation: "sigmoid" },
    ],
    loss,
    data,
  });
}

describe("fit checks: can the graph train on its data choice", () => {
  it("refuses each classification loss on each regression set, naming the Loss node, and accepts the regression losses mse and poisson-nll", () => {
    const regression = toyNames.filter((name) => toyInfo[name].task === "regression");
    expect(regression.length).toBeGreaterThan(0);
    for (const name of regression) {
      for (const loss of lossNames) {
        const found = errors(mlp(toyData(name), loss)).filter((p) => p.code === "loss-needs-classes");
        if (loss === "mse" || loss === "poisson-nll") expect(found).toEqual([]);
        else
          expect(found).toEqual([
            expect.objectContaining({
              nodeId: "loss",
              message: expect.stringContaining(`${loss} loss reads targets as classes, but ${name}`),
            }),
          ]);
      }
    }
  });

  it("names training.loss when there is no Loss node, and the refusal also stops compile", () => {
    const doc = mlp(toyData("sine"), "bce");
    doc.nodes = doc.nodes.filter((n) => n.kind !== "loss");
    doc.edges = doc.edges.filter((e) => e.target !== "loss");
    expect(errors(doc)).toContainEqual(expect.objectContaining({ code: "loss-needs-classes", path: "training.loss" }));
    const compiled = compile(doc);
    expect(compiled.ok).toBe(false);
    doc.training.loss = "mse";
    expect(compile(doc).ok).toBe(true);
  });

  it("accepts every loss on classification data", () => {
    for (const loss of lossNames) expect(errors(mlp(toyData("moons"), loss)).map((p) => p.code)).toEqual([]);
  });

  it("refuses several outputs on regression data at the second output (validate, not only compile)", () => {
    const doc = mlp(toyData("sine"), "mse", 2);
    expect(errors(doc)).toEqual([expect.objectContaining({ code: "not-supported", nodeId: "y2" })]);
  });

  it("refuses a neuron without any input wire", () => {
    const doc = createTemplate("logistic-regression");
    doc.edges = doc.edges.filter((e) => e.target !== "h1_1");
    expect(errors(doc)).toContainEqual(expect.objectContaining({ code: "missing-input", nodeId: "h1_1" }));
  });

  it("asks for data, features that exist and one output per class (checked against the data choice)", () => {
    const three = createTemplate("logistic-regression");
    if (three.data.kind === "toy") three.data.classes = 3;
    expect(errors(three)).toContainEqual(expect.objectContaining({ code: "output-count" }));
    const spiral = createTemplate("spiral");
    expect(errors(spiral)).toEqual([]);
    spiral.data = toyData("moons");
    expect(errors(spiral)).toContainEqual(expect.objectContaining({ code: "output-count" }));
    const sine = createTemplate("linear-regression");
    sine.data = toyData("moons");
    expect(errors(sine)).toEqual([]);
    sine.nodes.find((n) => n.kind === "input")!.params.feature = 1;
    sine.data = toyData("sine");
    expect(errors(sine)).toContainEqual(expect.objectContaining({ code: "feature-out-of-range" }));
  });

  it("asks a layer graph's ModelSpec too: mse on classes is refused at the Loss node before compile", () => {
    const doc = createTemplate("moons-layers");
    doc.nodes.find((n) => n.kind === "loss")!.params.fn = "mse";
    doc.training.loss = "mse";
    expect(errors(doc)).toEqual([
      expect.objectContaining({
        code: "compile-failed",
        nodeId: "loss",
        message: expect.stringMatching(/mse.*classification/),
      }),
    ]);
  });

  it("leaves expressions alone: they have no data", () => {
    expect(errors(createTemplate("micrograd-readme"))).toEqual([]);
  });
});
