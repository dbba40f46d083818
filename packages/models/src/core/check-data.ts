import { modelError } from "../errors.js";
import type { LossName, ModelSpec } from "@nudge/model-spec";

function checkIds(what: string, values: ArrayLike<number>, size: number): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < 0 || v >= size)
      throw modelError("DATA_BAD_TARGET", what, i, `expected a whole number from 0 to ${size - 1}, got ${v}`);
  }
}

const targetRules: Partial<Record<LossName, [(v: number) => boolean, string]>> = {
  binaryCrossEntropy: [(v) => v >= 0 && v <= 1, "expected a value from 0 to 1"],
  poissonNll: [(v) => v >= 0, "expected a count ≥ 0"],
};

/** Refuse values a spec cannot learn from: embedding ids and class ids out of range, negative counts. */
export function checkSpecData(
  spec: ModelSpec,
  features: ArrayLike<number>,
  targets: ArrayLike<number>,
  classes: number,
): void {
  const first = spec.layers[0]!;
  if (first.type === "embedding") checkIds("features", features, first.inputDim);
  if (first.type === "oneHot") checkIds("features", features, first.depth);
  if (spec.loss === "crossEntropy") checkIds("targets", targets, classes);
  const rule = targetRules[spec.loss];
  if (!rule) return;
  for (let i = 0; i < targets.length; i++)
    if (!rule[0](targets[i]!)) throw modelError("DATA_BAD_TARGET", "targets", i, `${rule[1]}, got ${targets[i]}`);
}
