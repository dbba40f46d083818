import { errorMessages } from "./errors.js";
import { FieldReader, isRecord } from "./fields.js";
import { checkOutput } from "./output.js";
import { inferSpecShapes } from "./shapes.js";
import {
  activationNames as activations,
  initNames as inits,
  layerTypes,
  lossNames as losses,
  taskNames as tasks,
} from "./types.js";
import type { LayerSpec, ModelSpec, SpecValidation } from "./types.js";

function checkLayer(r: FieldReader, layer: Record<string, unknown>, path: string): void {
  const type = r.oneOf(layer, "type", path, layerTypes, true);
  switch (type) {
    case "dense":
      r.positiveInt(layer, "units", path);
      r.oneOf(layer, "activation", path, activations);
      r.boolean(layer, "useBias", path);
      r.oneOf(layer, "init", path, inits);
      if (
        layer.initScale !== undefined &&
        !(typeof layer.initScale === "number" && layer.initScale > 0 && layer.initScale <= 100)
      )
        r.add(`${path}.initScale`, errorMessages.SPEC_NOT_POSITIVE(layer.initScale, 100));
      break;
    case "activation":
      r.oneOf(layer, "activation", path, activations, true);
      break;
    case "embedding":
      r.positiveInt(layer, "inputDim", path);
      r.positiveInt(layer, "outputDim", path);
      break;
    case "oneHot":
      r.positiveInt(layer, "depth", path);
      break;
    case "batchnorm":
      r.fraction(layer, "momentum", path);
      if (
        layer.epsilon !== undefined &&
        !(typeof layer.epsilon === "number" && layer.epsilon > 0 && layer.epsilon < 1)
      ) {
        r.add(`${path}.epsilon`, errorMessages.SPEC_NOT_IN_RANGE(layer.epsilon, 0, 1));
      }
      break;
    case "conv1d":
      r.positiveInt(layer, "filters", path);
      r.positiveInt(layer, "kernelSize", path);
      r.positiveInt(layer, "stride", path, false);
      r.oneOf(layer, "padding", path, ["valid", "same"] as const);
      r.oneOf(layer, "activation", path, activations);
      break;
    case "dropout":
      r.fraction(layer, "rate", path, true);
      break;
    case "flatten":
    case undefined:
      break;
  }
}

/**
 * Check an unknown JSON value against the {@link ModelSpec} schema, the layer shape rules and
 * the loss/task/output rules; every problem names its path.
 *
 * @example
 * const result = validateModelSpec(JSON.parse(text));
 * if (!result.ok) for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
 */
export function validateModelSpec(value: unknown): SpecValidation {
  const r = new FieldReader();
  if (!isRecord(value)) return { ok: false, problems: [{ path: "", message: errorMessages.SPEC_NOT_OBJECT() }] };
  if (value.version !== 1) r.add("version", errorMessages.SPEC_VERSION(value.version));
  const loss = r.oneOf(value, "loss", "", losses, true);
  const task = r.oneOf(value, "task", "", tasks, true);
  let inputShape: number[] | undefined;
  if (!isRecord(value.input)) r.add("input", errorMessages.SPEC_FIELD_MISSING("input.shape"));
  else if (!Array.isArray(value.input.shape)) r.add("input.shape", errorMessages.SPEC_NOT_ARRAY());
  else {
    const dims = value.input.shape as unknown[];
    const before = r.problems.length;
    dims.forEach((d, i) => r.positiveIntValue(d, `input.shape[${i}]`));
    if (r.problems.length === before) inputShape = dims as number[];
  }
  let layersOk = false;
  if (!Array.isArray(value.layers)) r.add("layers", errorMessages.SPEC_NOT_ARRAY());
  else if (value.layers.length === 0) r.add("layers", errorMessages.SPEC_NO_LAYERS());
  else {
    const before = r.problems.length;
    value.layers.forEach((layer: unknown, i: number) => {
      if (isRecord(layer)) checkLayer(r, layer, `layers[${i}]`);
      else r.add(`layers[${i}]`, errorMessages.SPEC_NOT_OBJECT());
    });
    layersOk = r.problems.length === before;
  }
  if (r.problems.length > 0 || !inputShape || !layersOk) return { ok: false, problems: r.problems };
  const spec = value as unknown as ModelSpec;
  const { shapes, problems } = inferSpecShapes(inputShape, spec.layers as LayerSpec[]);
  if (problems.length > 0) return { ok: false, problems };
  const outputProblems = checkOutput(loss!, task!, shapes[shapes.length - 1]!);
  if (outputProblems.length > 0) return { ok: false, problems: outputProblems };
  return { ok: true, spec, shapes };
}
