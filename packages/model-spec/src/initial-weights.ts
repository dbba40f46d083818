import { createRng, type Rng } from "@nudge/datasets";
import { inferSpecShapes } from "./shapes.js";
import type { InitName, ModelSpec } from "./types.js";

const kaimingGain: Partial<Record<InitName, number>> = { heNormal: Math.SQRT2, kaimingTanh: 5 / 3, kaimingLinear: 1 };

/** `size` seeded initial weights for a `[fanIn, fanOut]`-style tensor, times `scale` (zeros draw nothing). */
export function drawWeights(
  size: number,
  init: InitName,
  fanIn: number,
  fanOut: number,
  rng: Rng,
  scale = 1,
): Float32Array {
  const values = new Float32Array(size);
  if (init === "glorotUniform") {
    const limit = Math.sqrt(6 / (fanIn + fanOut)) * scale;
    for (let i = 0; i < size; i++) values[i] = (2 * rng.next() - 1) * limit;
  } else if (init !== "zeros") {
    // Kaiming: std = gain / sqrt(fanIn), gain sqrt(2) for relu and 5/3 for tanh (makemore part 3); normal: std 1.
    const gain = kaimingGain[init];
    const std = (gain === undefined ? 1 : gain / Math.sqrt(fanIn)) * scale;
    for (let i = 0; i < size; i++) values[i] = rng.normal() * std;
  }
  return values;
}

/** `size` standard normal values times `std` (an embedding table, as `torch.randn`). */
export function drawNormal(size: number, rng: Rng, std = 1): Float32Array {
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) values[i] = rng.normal() * std;
  return values;
}

/** A layer's drawn initial tensor (dense and conv1d kernels, embedding tables), row-major. */
export interface InitialTensor {
  shape: number[];
  values: Float32Array;
}

/**
 * The seeded initial weights of a (validated) spec, one entry per layer: its drawn tensor, or
 * `undefined` for layers that draw none (biases start at 0, BatchNorm at 1 and 0). `buildModel`
 * builds its variables from exactly these numbers; code exports write them out.
 *
 * @example
 * const [dense] = initialWeights({ version: 1, input: { shape: [2] }, task: "regression", loss: "mse",
 *   layers: [{ type: "dense", units: 1 }] }, 1337);
 * dense?.shape; // [2, 1]
 */
export function initialWeights(spec: ModelSpec, seed = 0): (InitialTensor | undefined)[] {
  const rng = createRng(seed);
  const { shapes } = inferSpecShapes(spec.input.shape, spec.layers);
  return spec.layers.map((layer, i) => {
    const inShape = shapes[i]!;
    switch (layer.type) {
      case "dense": {
        const fanIn = inShape[inShape.length - 1]!;
        return {
          shape: [fanIn, layer.units],
          values: drawWeights(
            fanIn * layer.units,
            layer.init ?? "glorotUniform",
            fanIn,
            layer.units,
            rng,
            layer.initScale ?? 1,
          ),
        };
      }
      case "embedding":
        return { shape: [layer.inputDim, layer.outputDim], values: drawNormal(layer.inputDim * layer.outputDim, rng) };
      case "conv1d": {
        const channels = inShape[1]!;
        const fanIn = layer.kernelSize * channels;
        return {
          shape: [layer.kernelSize, channels, layer.filters],
          values: drawWeights(fanIn * layer.filters, "heNormal", fanIn, layer.filters, rng),
        };
      }
      default:
        return undefined;
    }
  });
}
