import { describe, expect, it } from "vitest";
import { initialWeights } from "./initial-weights.js";
import type { DenseLayerSpec, ModelSpec } from "./types.js";
import { validateModelSpec } from "./validate.js";

const spec = (dense: Omit<DenseLayerSpec, "type" | "units">): ModelSpec => ({
  version: 1,
  input: { shape: [400] },
  task: "regression",
  loss: "mse",
  layers: [{ type: "dense", units: 50, ...dense }],
});

const std = (v: Float32Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0) / v.length);

describe("initialWeights", () => {
  it("draws each initialiser with its textbook spread (20,000 draws: within 3%)", () => {
    const cases: [DenseLayerSpec["init"], number][] = [
      ["normal", 1],
      ["kaimingTanh", 5 / 3 / Math.sqrt(400)],
      ["heNormal", Math.SQRT2 / Math.sqrt(400)],
      ["kaimingLinear", 1 / Math.sqrt(400)],
      // uniform on ±√(6/(in+out)) has std √(6/(in+out))/√3
      ["glorotUniform", Math.sqrt(6 / 450) / Math.sqrt(3)],
    ];
    for (const [init, want] of cases) {
      const [w] = initialWeights(spec({ init }), 7);
      expect(std(w!.values) / want, init).toBeGreaterThan(0.97);
      expect(std(w!.values) / want, init).toBeLessThan(1.03);
    }
  });

  it("multiplies the same draws by initScale", () => {
    const [one] = initialWeights(spec({ init: "kaimingTanh" }), 3);
    const [small] = initialWeights(spec({ init: "kaimingTanh", initScale: 0.1 }), 3);
    small!.values.forEach((v, i) => expect(v).toBeCloseTo(one!.values[i]! * 0.1, 6));
  });

  it("refuses an initScale that is not a positive number", () => {
    const result = validateModelSpec(spec({ initScale: 0 }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toEqual({ path: "layers[0].initScale", message: expect.stringMatching(/\(0, 100\]/) });
  });
});
