import * as tf from "@tensorflow/tfjs";
import { modelError } from "../errors.js";

/** Examples as flat arrays: `features` row-major `[n, ...inputShape]`, `targets` `[n, ...]` (a @nudge/datasets `Dataset` fits). */
export interface ArrayData {
  features: ArrayLike<number>;
  targets: ArrayLike<number>;
}

/** Check finiteness and sizes, then upload: `x` `[n, ...inputShape]`, `y` `[n, targetWidth]` or `[n]`. */
export function toTensors(
  data: ArrayData,
  inputShape: readonly number[],
  options: { intFeatures?: boolean; targetWidth?: number; intTargets?: boolean } = {},
): { x: tf.Tensor; y: tf.Tensor; n: number } {
  const width = inputShape.reduce((a, b) => a * b, 1);
  const n = Math.floor(data.features.length / width);
  if (n === 0) throw modelError("DATA_EMPTY", "features");
  if (n * width !== data.features.length) {
    throw modelError("DATA_SHAPE", "features", `[n, ${inputShape.join(", ")}] (a multiple of ${width} values)`, [
      data.features.length,
    ]);
  }
  const tw = options.targetWidth ?? 1;
  if (data.targets.length !== n * tw)
    throw modelError("DATA_SHAPE", "targets", `[${n}${tw > 1 ? `, ${tw}` : ""}]`, [data.targets.length]);
  for (let i = 0; i < data.features.length; i++)
    if (!Number.isFinite(data.features[i])) throw modelError("DATA_NOT_FINITE", "features", i);
  for (let i = 0; i < data.targets.length; i++)
    if (!Number.isFinite(data.targets[i])) throw modelError("DATA_NOT_FINITE", "targets", i);
  const x = tf.tensor(options.intFeatures ? Int32Array.from(data.features) : Float32Array.from(data.features), [
    n,
    ...inputShape,
  ]);
  const y = tf.tensor(
    options.intTargets ? Int32Array.from(data.targets) : Float32Array.from(data.targets),
    tw > 1 ? [n, tw] : [n],
  );
  return { x, y, n };
}

/** `count` row indices drawn uniformly with replacement (makemore's `torch.randint`). */
export function sampleRows(n: number, count: number, random: () => number): tf.Tensor1D {
  const idx = new Int32Array(count);
  for (let i = 0; i < count; i++) idx[i] = Math.floor(random() * n);
  return tf.tensor1d(idx, "int32");
}
