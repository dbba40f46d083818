import { describe, expect, it } from "vitest";
import { createTemplate } from "../templates/index.js";
import { toyData } from "../schema/defaults.js";
import { validate } from "../validate/index.js";
import { effectiveLoss } from "../validate/roles.js";
import { lossSuits, outputActivation, taskLoss, withData } from "./task-loss.js";

const codes = (doc: unknown) => validate(doc).map((p) => p.code);

describe("taskLoss and lossSuits", () => {
  it("picks MSE for regression, max-margin for two classes on one output, softmax-ce for several outputs", () => {
    expect(taskLoss(toyData("sine"), 1)).toBe("mse");
    expect(taskLoss(toyData("moons"), 1)).toBe("max-margin");
    expect(taskLoss(toyData("moons"), 2)).toBe("softmax-ce");
    expect(taskLoss(toyData("spiral", { classes: 3 }), 3)).toBe("softmax-ce");
    expect(taskLoss({ kind: "none" }, 1)).toBeUndefined();
  });

  it("agrees with validate about which losses regression refuses", () => {
    const doc = createTemplate("linear-regression");
    for (const loss of ["mse", "max-margin", "bce", "softmax-ce", "nll", "poisson-nll"] as const) {
      const nodes = doc.nodes.map((n) => (n.kind === "loss" ? { ...n, params: { ...n.params, fn: loss } } : n));
      const refused = codes({ ...doc, nodes, training: { ...doc.training, loss } }).includes("loss-needs-classes");
      expect(lossSuits(loss, doc.data), loss).toBe(!refused);
    }
  });

  it("maps each loss to the link validate accepts in front of it", () => {
    expect(outputActivation("bce")).toBe("sigmoid");
    expect(outputActivation("poisson-nll")).toBe("exp");
    expect(outputActivation("softmax-ce")).toBe("identity");
  });
});

describe("withData", () => {
  it("switches moons → sine to MSE: the loss validate refused becomes one it accepts", () => {
    const moons = createTemplate("moons-mlp");
    expect(codes({ ...moons, data: toyData("sine") })).toContain("loss-needs-classes");
    const sine = withData(moons, toyData("sine"));
    expect(sine.training.loss).toBe("mse");
    expect(codes(sine)).not.toContain("loss-needs-classes");
  });

  it("moves a Loss node and the default link of the neuron into the Output along with the loss", () => {
    const logistic = createTemplate("logistic-regression");
    expect(effectiveLoss(logistic)).toMatchObject({ name: "bce" });
    const sine = withData(logistic, toyData("sine"));
    expect(effectiveLoss(sine).name).toBe("mse");
    const feeding = sine.edges.find((e) => sine.nodes.find((n) => n.id === e.target)?.kind === "output")!.source;
    expect(sine.nodes.find((n) => n.id === feeding)!.params.activation).toBe("identity");
    expect(codes(sine)).not.toContain("loss-needs-classes");
    expect(codes(sine)).not.toContain("needs-probability");
  });

  it("keeps the loss when the task stays (moons → circles) and switches back on the way to classification", () => {
    const moons = createTemplate("moons-mlp");
    expect(withData(moons, toyData("circles")).training.loss).toBe("max-margin");
    expect(withData(withData(moons, toyData("sine")), toyData("moons")).training.loss).toBe("max-margin");
  });
});
