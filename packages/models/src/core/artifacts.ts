import * as tf from "@tensorflow/tfjs";
import { modelError } from "../errors.js";

/** Where to save or load: tfjs artifacts in memory, an IOHandler, or a tfjs URL (`indexeddb://…`). */
export type ModelSource = tf.io.ModelArtifacts | tf.io.IOHandler | string;

/** Metadata every saved zoo model carries (in `userDefinedMetadata`). */
export interface SavedMeta {
  kind: string;
  [key: string]: unknown;
}

/** Encode named variables as tfjs artifacts and hand them to `target` when given. */
export async function saveArtifacts(
  meta: SavedMeta,
  weights: { name: string; tensor: tf.Tensor }[],
  target?: tf.io.IOHandler | string,
): Promise<tf.io.ModelArtifacts> {
  const { data, specs } = await tf.io.encodeWeights(weights.map(({ name, tensor }) => ({ name, tensor })));
  const artifacts: tf.io.ModelArtifacts = {
    format: "nudge-models",
    generatedBy: "@nudge/models",
    modelTopology: meta as unknown as tf.io.ModelArtifacts["modelTopology"],
    weightSpecs: specs,
    weightData: data,
    userDefinedMetadata: meta as unknown as Record<string, object>,
  };
  if (target !== undefined) {
    const handler = typeof target === "string" ? tf.io.getSaveHandlers(target)[0] : target;
    if (!handler?.save)
      throw modelError("OPTION_INVALID", "target", "a tfjs IOHandler with save() or a known URL scheme", target);
    await handler.save(artifacts);
  }
  return artifacts;
}

/** Read artifacts back: metadata of the expected `kind` and the weights by name. */
export async function loadArtifacts(
  source: ModelSource,
  kind: string,
): Promise<{ meta: SavedMeta; weights: tf.NamedTensorMap }> {
  let artifacts: tf.io.ModelArtifacts | undefined;
  if (typeof source === "string" || "load" in source || "save" in source) {
    const handler = typeof source === "string" ? tf.io.getLoadHandlers(source)[0] : (source as tf.io.IOHandler);
    if (!handler?.load)
      throw modelError("OPTION_INVALID", "source", "tfjs artifacts, an IOHandler with load() or a known URL", source);
    artifacts = await handler.load();
  } else {
    artifacts = source as tf.io.ModelArtifacts;
  }
  const meta = artifacts.userDefinedMetadata as unknown as SavedMeta | undefined;
  if (meta?.kind !== kind)
    throw modelError("SAVED_MISMATCH", `expected a "${kind}" model, found "${String(meta?.kind)}"`);
  if (!artifacts.weightSpecs || !artifacts.weightData)
    throw modelError("SAVED_MISMATCH", "no weights in the artifacts");
  return { meta, weights: tf.io.decodeWeights(artifacts.weightData, artifacts.weightSpecs) };
}

/** Copy saved weights into variables by name, checking shapes; disposes the decoded tensors. */
export function assignWeights(targets: { name: string; tensor: tf.Variable }[], weights: tf.NamedTensorMap): void {
  for (const { name, tensor } of targets) {
    const saved = weights[name];
    if (!saved) throw modelError("SAVED_MISMATCH", `no weight named "${name}"`);
    if (saved.shape.join() !== tensor.shape.join()) {
      throw modelError(
        "SAVED_MISMATCH",
        `"${name}" has shape [${saved.shape.join(", ")}], expected [${tensor.shape.join(", ")}]`,
      );
    }
    tensor.assign(saved);
  }
  Object.values(weights).forEach((t) => t.dispose());
}
