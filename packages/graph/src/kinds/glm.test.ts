import { describe, expect, it } from "vitest";
import { createTemplate } from "../templates/index.js";
import { activationNames } from "../schema/constants.js";
import { glmLinks, oneNeuronGlm } from "./glm.js";

describe("oneNeuronGlm", () => {
  it.each([
    ["linear-regression", "gaussian", "linear regression"],
    ["logistic-regression", "binomial", "logistic regression"],
    ["poisson-regression", "poisson", "Poisson regression"],
  ] as const)("reads the %s template as a %s GLM", (id, family, regression) => {
    const read = oneNeuronGlm(createTemplate(id));
    if (!read.ok) throw new Error(read.reason);
    expect(read.glm.glm.family).toBe(family);
    expect(read.glm.glm.regression).toBe(regression);
    expect(read.glm.inputs.map((i) => i.feature)).toEqual(read.glm.inputs.map((_, i) => i));
  });

  it("names only the links that are GLM links", () => {
    expect(activationNames.filter((a) => glmLinks[a])).toEqual(["sigmoid", "identity", "exp"]);
  });

  it("says why a graph is not a GLM: a hidden layer, a tanh link, a loss that does not match", () => {
    expect(oneNeuronGlm(createTemplate("moons-mlp"))).toEqual({
      ok: false,
      reason: "the graph is not a single neuron",
    });
    const tanh = createTemplate("poisson-regression");
    tanh.nodes.find((n) => n.kind === "neuron")!.params.activation = "tanh";
    expect(oneNeuronGlm(tanh)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/tanh.*not the inverse of a GLM link/),
    });
    const mse = createTemplate("poisson-regression");
    mse.nodes.find((n) => n.kind === "loss")!.params.fn = "mse";
    expect(oneNeuronGlm(mse)).toEqual({ ok: false, reason: "Poisson regression needs the poisson-nll loss, not mse" });
  });
});
