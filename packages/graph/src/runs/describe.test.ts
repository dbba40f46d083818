import { describe, expect, it } from "vitest";
import { defaultTraining, toyData } from "../schema/defaults.js";
import { runDifferences, runName } from "./describe.js";

const run = (
  lr: number,
  batchSize: number | "all" = "all",
  more: Partial<ReturnType<typeof defaultTraining>> = {},
) => ({
  settings: defaultTraining({ optimizer: { kind: "sgd", lr }, batchSize, ...more }),
  data: toyData("moons"),
  parameterCount: 337,
});

describe("runName", () => {
  it("names a run by its learning rate and batch size unless the learner named it", () => {
    expect(runName(run(0.1, 16))).toBe("lr 0.1 · batch 16");
    expect(runName(run(1))).toBe("lr 1 · batch all");
    expect(runName({ ...run(1), name: "the hockey stick" })).toBe("the hockey stick");
  });
});

describe("runDifferences", () => {
  it("names only what differs", () => {
    expect(runDifferences([run(0.1), run(0.5)])).toEqual({ legend: "lr 0.1 vs 0.5", labels: ["lr 0.1", "lr 0.5"] });
    expect(runDifferences([run(0.1, 16), run(0.1, "all")])).toEqual({
      legend: "batch 16 vs all",
      labels: ["batch 16", "batch all"],
    });
  });

  it("names several differences, each value once, in run order", () => {
    const diff = runDifferences([run(0.5, 16), run(0.1, 16), run(0.5, "all")]);
    expect(diff.legend).toBe("lr 0.5 vs 0.1 · batch 16 vs all");
    expect(diff.labels).toEqual(["lr 0.5 · batch 16", "lr 0.1 · batch 16", "lr 0.5 · batch all"]);
  });

  it("sees the optimiser, the seed, the data and the model size", () => {
    const adam = run(0.1, "all", { optimizer: { kind: "adam", lr: 0.1 } });
    expect(runDifferences([run(0.1), adam]).legend).toBe("optimizer SGD vs Adam");
    expect(runDifferences([run(0.1), run(0.1, "all", { seed: 7 })]).legend).toBe("seed 1337 vs 7");
    expect(runDifferences([run(0.1), { ...run(0.1), data: toyData("circles") }]).legend).toBe("data moons vs circles");
    expect(runDifferences([run(0.1), { ...run(0.1), parameterCount: 49 }]).legend).toBe("params 337 vs 49");
  });

  it("keeps labels apart when the settings are the same", () => {
    expect(runDifferences([run(0.1), run(0.1)])).toEqual({
      legend: "same settings",
      labels: ["lr 0.1 · batch all (1)", "lr 0.1 · batch all (2)"],
    });
    expect(
      runDifferences([
        { ...run(0.1), name: "a" },
        { ...run(0.1), name: "b" },
      ]).labels,
    ).toEqual(["a", "b"]);
  });
});
