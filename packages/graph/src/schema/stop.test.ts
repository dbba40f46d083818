import { describe, expect, it } from "vitest";
import { defaultTraining } from "./defaults.js";
import { patchTraining } from "./training-patch.js";
import { stepsPerEpoch, stopStep } from "./stop.js";

describe("stopStep", () => {
  it("stops the default run after 2,000 steps", () => {
    expect(stopStep(defaultTraining(), 100)).toBe(2000);
  });

  it("counts an epoch as ⌈rows / batch⌉ steps, one step with the whole batch", () => {
    expect(stepsPerEpoch({ batchSize: 32 }, 100)).toBe(4);
    expect(stepsPerEpoch({ batchSize: "all" }, 100)).toBe(1);
    expect(stopStep(defaultTraining({ batchSize: 32, stopAfter: { count: 10, unit: "epochs" } }), 100)).toBe(40);
  });

  it("has no stop when the settings have none, and the schema refuses a stop of 0 steps", () => {
    const { stopAfter: _stop, ...rest } = defaultTraining();
    expect(stopStep(rest, 100)).toBeUndefined();
    const refused = patchTraining({ stopAfter: { count: 0, unit: "steps" } });
    expect(refused.ok).toBe(false);
    expect(patchTraining({ stopAfter: { count: 5, unit: "epochs" } }).ok).toBe(true);
  });
});
