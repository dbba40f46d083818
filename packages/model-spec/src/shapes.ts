import { errorMessages } from "./errors.js";
import type { LayerSpec, SpecProblem } from "./types.js";

/** Per-example output shape of one layer, or a problem message. */
export function layerOutputShape(layer: LayerSpec, shape: readonly number[]): number[] | string {
  switch (layer.type) {
    case "dense":
      if (shape.length < 1) return errorMessages.SPEC_SHAPE_RANK("dense", "[..., features]", shape);
      return [...shape.slice(0, -1), layer.units];
    case "activation":
    case "dropout":
      return [...shape];
    case "batchnorm":
      if (shape.length < 1) return errorMessages.SPEC_SHAPE_RANK("batchnorm", "[..., features]", shape);
      return [...shape];
    case "embedding":
      if (shape.length !== 1) return errorMessages.SPEC_SHAPE_RANK("embedding", "[length] (integer ids)", shape);
      return [shape[0]!, layer.outputDim];
    case "oneHot":
      if (shape.length !== 1) return errorMessages.SPEC_SHAPE_RANK("oneHot", "[length] (integer ids)", shape);
      return [shape[0]!, layer.depth];
    case "flatten":
      return [shape.reduce((a, b) => a * b, 1)];
    case "conv1d": {
      if (shape.length !== 2) return errorMessages.SPEC_SHAPE_RANK("conv1d", "[length, channels]", shape);
      const stride = layer.stride ?? 1;
      const length = shape[0]!;
      if (layer.padding === "same") return [Math.ceil(length / stride), layer.filters];
      if (length < layer.kernelSize) return errorMessages.SPEC_CONV_TOO_SHORT(length, layer.kernelSize);
      return [Math.floor((length - layer.kernelSize) / stride) + 1, layer.filters];
    }
  }
}

/**
 * Per-example shapes through a stack of layers: `shapes[0]` is the input, `shapes[i + 1]` the
 * output of `layers[i]`. Stops at the first layer that cannot take its input.
 *
 * @example
 * inferSpecShapes([3], [{ type: "embedding", inputDim: 27, outputDim: 10 }, { type: "flatten" }]).shapes;
 * // [[3], [3, 10], [30]]
 */
export function inferSpecShapes(
  input: readonly number[],
  layers: readonly LayerSpec[],
): { shapes: number[][]; problems: SpecProblem[] } {
  const shapes: number[][] = [[...input]];
  for (const [i, layer] of layers.entries()) {
    const out = layerOutputShape(layer, shapes[i]!);
    if (typeof out === "string") return { shapes, problems: [{ path: `layers[${i}]`, message: out }] };
    shapes.push(out);
  }
  return { shapes, problems: [] };
}
