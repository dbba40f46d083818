import { describe, expect, it } from "vitest";
import { createTemplate } from "../templates/index.js";
import { defaultTraining } from "./defaults.js";
import { graphDocSchema } from "./doc-schema.js";
import { patchTraining } from "./training-patch.js";

const doc = createTemplate("moons-mlp");
const acceptedByDocument = (training: unknown) => graphDocSchema.safeParse({ ...doc, training }).success;

describe("patchTraining", () => {
  it("starts from defaultTraining() and merges optimiser and schedule field by field", () => {
    expect(patchTraining({})).toEqual({ ok: true, training: defaultTraining() });
    const next = patchTraining({ optimizer: { lr: 0.05 }, schedule: { steps: 7 } });
    expect(next).toEqual({
      ok: true,
      training: {
        ...defaultTraining(),
        optimizer: { kind: "sgd", lr: 0.05 },
        schedule: { ...defaultTraining().schedule, steps: 7 },
      },
    });
    expect(patchTraining({ l2: undefined }, doc.training)).toEqual({ ok: true, training: doc.training });
  });

  it.each([
    [{ optimizer: { lr: 0 } }, "training.optimizer.lr"],
    [{ optimizer: { lr: -1 } }, "training.optimizer.lr"],
    [{ optimizer: { lr: 101 } }, "training.optimizer.lr"],
    [{ optimizer: { lr: Number.NaN } }, "training.optimizer.lr"],
    [{ optimizer: { momentum: 1 } }, "training.optimizer.momentum"],
    [{ optimizer: { kind: "rmsprop" } }, "training.optimizer.kind"],
    [{ schedule: { steps: 0 } }, "training.schedule.steps"],
    [{ schedule: { kind: "cosine" } }, "training.schedule.kind"],
    [{ batchSize: 0 }, "training.batchSize"],
    [{ batchSize: 2.5 }, "training.batchSize"],
    [{ l2: -1e-4 }, "training.l2"],
    [{ l2: 11 }, "training.l2"],
    [{ seed: 0.5 }, "training.seed"],
    [{ loss: "hinge" }, "training.loss"],
    [{ optimizer: "fast" }, "training.optimizer"],
  ])("refuses %j, naming %s, exactly as a document would", (patch, path) => {
    const result = patchTraining(patch, doc.training);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ code: "schema", path, message: expect.stringContaining(path) });
    const merged = {
      ...doc.training,
      ...patch,
      optimizer: { ...doc.training.optimizer, ...(patch as { optimizer?: object }).optimizer },
      schedule: { ...doc.training.schedule, ...(patch as { schedule?: object }).schedule },
    };
    if (typeof (patch as { optimizer?: unknown }).optimizer !== "string")
      expect(acceptedByDocument(merged)).toBe(false);
  });

  it("accepts the edges of every range a document accepts", () => {
    for (const patch of [
      { optimizer: { lr: 100 } },
      { optimizer: { lr: 1e-9, momentum: 0.999 } },
      { l2: 0 },
      { l2: 10 },
      { batchSize: "all" as const },
      { schedule: { final: 0 } },
    ]) {
      const result = patchTraining(patch, doc.training);
      expect(result.ok, JSON.stringify(patch)).toBe(true);
      if (result.ok) expect(acceptedByDocument(result.training)).toBe(true);
    }
  });

  it("refuses what is not a patch", () => {
    for (const bad of [null, "x", 3, [1]])
      expect(patchTraining(bad)).toMatchObject({ ok: false, problems: [{ path: "training" }] });
  });
});
