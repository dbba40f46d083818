import { describe, expect, it } from "vitest";
import { compile } from "../compile/index.js";
import { exportPyTorch } from "../export/pytorch.js";
import { exportTypeScript } from "../export/typescript.js";
import { createTemplate } from "../templates/index.js";
import type { GraphDoc } from "../schema/types.js";
import { batchNormKind } from "./batchnorm.js";
import { initFields } from "./init-scale.js";
import { uniformGuessLoss } from "../uniform-loss.js";

const bnDoc = (momentum: number): GraphDoc => {
  const doc = createTemplate("moons-batchnorm");
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (n.kind === "batchnorm" ? { ...n, params: { ...n.params, momentum } } : n)),
  };
};

describe("the BatchNorm kind", () => {
  it("takes a vector and gives one of the same size; anything else is refused with a reason", () => {
    expect(batchNormKind.shape({ params: {}, inputs: { in: [[16]] }, featureCount: 2, vocabSize: 0 })).toEqual({
      ok: true,
      outputs: { out: [16] },
    });
    const refused = batchNormKind.shape({ params: {}, inputs: { in: [[3, 10]] }, featureCount: 2, vocabSize: 0 });
    expect(refused).toMatchObject({ ok: false, port: "in", message: expect.stringMatching(/vector.*\[3, 10\]/) });
  });

  it("compiles to model-spec's batchnorm layer with its momentum (PyTorch's convention) and epsilon", () => {
    const result = compile(bnDoc(0.3));
    if (!result.ok || result.kind !== "model") throw new Error("expected a model");
    const norms = result.spec.layers.filter((l) => l.type === "batchnorm");
    expect(norms).toHaveLength(5);
    expect(norms[0]).toEqual({ type: "batchnorm", momentum: 0.3, epsilon: 1e-5 });
    expect(result.spec.layers.slice(0, 3).map((l) => l.type)).toEqual(["dense", "batchnorm", "activation"]);
  });

  it("exports as nn.BatchNorm1d with the same momentum (not Keras' 1 − momentum) and as batch-statistics code in TypeScript", () => {
    const py = exportPyTorch(bnDoc(0.3), { steps: 2 });
    if (!py.ok) throw new Error("PyTorch export failed");
    expect(py.code).toContain("torch.nn.BatchNorm1d(16, momentum=0.3, eps=0.00001)");
    expect(py.code).not.toContain("momentum=0.7");
    const ts = exportTypeScript(bnDoc(0.3), { steps: 2 });
    if (!ts.ok) throw new Error("TypeScript export failed");
    expect(ts.code).toContain("momentum: 0.3, epsilon: 0.00001");
    expect(ts.code).toContain("objective(batch, true)");
  });
});

describe("the dense layer's Init choice", () => {
  it("maps each choice to @nudge/model-spec's initialiser and scale, Kaiming's gain from the activation", () => {
    expect(initFields("glorot", "tanh")).toEqual({});
    expect(initFields("1", "tanh")).toEqual({ init: "normal" });
    expect(initFields("kaiming", "tanh")).toEqual({ init: "kaimingTanh" });
    expect(initFields("kaiming", "relu")).toEqual({ init: "heNormal" });
    expect(initFields("0.1", "identity")).toEqual({ init: "kaimingLinear", initScale: 0.1 });
    expect(initFields("0.01", "sigmoid")).toEqual({ init: "kaimingLinear", initScale: 0.01 });
  });
});

describe("uniformGuessLoss", () => {
  it("is −ln(1/K) under cross-entropy, ln 2 under BCE, nothing for regression", () => {
    expect(uniformGuessLoss(createTemplate("spiral"))).toEqual({ loss: Math.log(3), formula: "−ln(1/3)" });
    expect(uniformGuessLoss(createTemplate("moons-batchnorm"))?.loss).toBeCloseTo(0.6931, 4);
    expect(uniformGuessLoss(createTemplate("linear-regression"))).toBeUndefined();
  });
});
