import { describe, expect, it } from "vitest";
import { validateModelSpec } from "./validate.js";
import { inferSpecShapes } from "./shapes.js";
import type { ModelSpec } from "./types.js";

const mlpLm: ModelSpec = {
  version: 1,
  input: { shape: [3] },
  task: "density",
  loss: "crossEntropy",
  layers: [
    { type: "embedding", inputDim: 27, outputDim: 10 },
    { type: "flatten" },
    { type: "dense", units: 200, activation: "tanh", init: "kaimingTanh" },
    { type: "batchnorm", momentum: 0.001 },
    { type: "dense", units: 27 },
  ],
};

const withLayers = (layers: unknown[], extra: Record<string, unknown> = {}) => ({ ...mlpLm, layers, ...extra });

describe("validateModelSpec", () => {
  it("accepts the makemore MLP and reports each layer's shape", () => {
    const result = validateModelSpec(mlpLm);
    expect(result).toEqual({ ok: true, spec: mlpLm, shapes: [[3], [3, 10], [30], [200], [200], [27]] });
  });

  it("accepts the neural bigram (one-hot ids, flatten, dense without bias) and locates a bad depth", () => {
    const layers = [{ type: "oneHot", depth: 27 }, { type: "flatten" }, { type: "dense", units: 27, useBias: false }];
    const result = validateModelSpec(withLayers(layers, { input: { shape: [1] } }));
    expect(result.ok && result.shapes).toEqual([[1], [1, 27], [27], [27]]);
    const bad = validateModelSpec(withLayers([{ type: "oneHot", depth: 0 }, ...layers.slice(1)]));
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(["layers[0].depth"]);
    const rank = validateModelSpec(withLayers(layers, { input: { shape: [3, 2] } }));
    expect(rank.ok ? "" : rank.problems[0]!.message).toContain("oneHot");
  });

  it("locates every field problem by path", () => {
    const result = validateModelSpec(
      withLayers([
        { type: "dense", activation: "gelu" },
        { type: "dropout", rate: 1.5 },
        { type: "conv2d" },
        { type: "dense", units: 2.5, useBias: "yes" },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([
      "layers[0].units",
      "layers[0].activation",
      "layers[1].rate",
      "layers[2].type",
      "layers[3].units",
      "layers[3].useBias",
    ]);
    expect(result.problems[0]!.message).toContain('"units"');
    expect(result.problems[3]!.message).toContain('"conv1d"');
  });

  it("refuses non-objects, wrong versions, empty layers and bad input shapes", () => {
    expect(validateModelSpec(null)).toMatchObject({ ok: false, problems: [{ path: "" }] });
    expect(validateModelSpec([])).toMatchObject({ ok: false });
    const bad = validateModelSpec({ version: 2, input: { shape: [0, "a"] }, layers: [], loss: "l1", task: "x" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.path).sort()).toEqual(
      ["input.shape[0]", "input.shape[1]", "layers", "loss", "task", "version"].sort(),
    );
  });

  it("refuses layers that cannot take their input shape", () => {
    const conv = validateModelSpec({
      ...mlpLm,
      input: { shape: [30, 4] },
      task: "classification",
      layers: [{ type: "conv1d", filters: 8, kernelSize: 40 }, { type: "flatten" }, { type: "dense", units: 2 }],
    });
    expect(conv).toMatchObject({ ok: false, problems: [{ path: "layers[0]" }] });
    const embed = validateModelSpec({ ...mlpLm, input: { shape: [3, 2] } });
    expect(embed).toMatchObject({ ok: false, problems: [{ path: "layers[0]" }] });
  });

  it("checks the loss against the task and the output width", () => {
    const wrongTask = validateModelSpec({ ...mlpLm, loss: "mse" });
    expect(wrongTask).toMatchObject({ ok: false, problems: [{ path: "loss" }] });
    const oneClass = validateModelSpec(withLayers([{ type: "dense", units: 1 }], { input: { shape: [2] } }));
    expect(oneClass).toMatchObject({ ok: false, problems: [{ path: "layers" }] });
    const bce = validateModelSpec({
      ...mlpLm,
      input: { shape: [2] },
      task: "classification",
      loss: "binaryCrossEntropy",
      layers: [{ type: "dense", units: 2 }],
    });
    expect(bce.ok).toBe(false);
  });
});

describe("inferSpecShapes", () => {
  it("matches a sliding-window count for conv1d", () => {
    for (const length of [5, 9, 30]) {
      for (const kernelSize of [1, 3, 5]) {
        for (const stride of [1, 2, 3]) {
          let windows = 0;
          for (let start = 0; start + kernelSize <= length; start += stride) windows++;
          const { shapes } = inferSpecShapes([length, 4], [{ type: "conv1d", filters: 6, kernelSize, stride }]);
          expect(shapes[1]).toEqual([windows, 6]);
          const same = inferSpecShapes(
            [length, 4],
            [{ type: "conv1d", filters: 6, kernelSize, stride, padding: "same" }],
          );
          let starts = 0;
          for (let start = 0; start < length; start += stride) starts++;
          expect(same.shapes[1]).toEqual([starts, 6]);
        }
      }
    }
  });
});
