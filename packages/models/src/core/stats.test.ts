import { beforeAll, describe, expect, it } from "vitest";
import { useWasm } from "../../test/setup-wasm.js";
import { buildModel } from "../spec-model/build-model.js";
import { maxStatValues } from "./layer-stats.js";
import { sampleEvenly } from "./stats.js";
import type { LayerStats } from "./types.js";

beforeAll(useWasm);

describe("sampled layer statistics", () => {
  it("keeps every value of a small tensor and an even stride of a big one", () => {
    const small = Float32Array.from({ length: 10 }, (_, i) => i);
    expect(sampleEvenly(small, 10)).toBe(small);
    const big = Float32Array.from({ length: 1000 }, (_, i) => i);
    expect(Array.from(sampleEvenly(big, 4))).toEqual([0, 250, 500, 750]);
  });

  it("says so when a layer with thousands of units is histogrammed from a sample", async () => {
    const model = buildModel({
      version: 1,
      input: { shape: [2] },
      task: "regression",
      loss: "mse",
      layers: [
        { type: "dense", units: 3000, activation: "tanh" },
        { type: "dense", units: 1 },
      ],
    });
    const rows = 40;
    const data = {
      features: Float32Array.from({ length: 2 * rows }, (_, i) => Math.sin(i)),
      targets: new Float32Array(rows),
    };
    let stats: LayerStats[] = [];
    await model.fit(data, { steps: 1, statsEvery: 1, onStep: ({ layers }) => layers && (stats = layers) });
    expect(stats[0]!.sampled).toEqual({ used: maxStatValues, of: rows * 3000 });
    expect(stats[0]!.activation!.histogram.counts.reduce((a, b) => a + b, 0)).toBe(maxStatValues);
    expect(stats[1]!.sampled).toBeUndefined();
    model.dispose();
  });
});
