import type { TextChoice } from "@nudge/datasets";
import { problem } from "../../errors.js";
import type { TrainDoc } from "../../protocol.js";
import { compiled } from "../layers/layer-session.js";
import { ensureBackend } from "../layers/backend.js";
import type { Opened, SessionOptions } from "../session.js";
import { isNeuralBigram } from "./bigram-counts.js";
import { createBigramSession } from "./bigram-session.js";
import { createSpecTextSession } from "./spec-text-session.js";
import { loadText } from "./text-data.js";

/**
 * Open a layer graph on text: graph's `compile` gives the ModelSpec, `@nudge/datasets` the words and
 * split. The neural bigram trained full batch takes the exact count-matrix route; every other graph
 * (and the bigram with minibatches) trains on tfjs.
 */
export async function openTextSession(doc: TrainDoc, options: SessionOptions): Promise<Opened> {
  const result = compiled(doc);
  if ("problems" in result) return { result: { ok: false, problems: result.problems } };
  let data;
  try {
    data = loadText(doc.data as TextChoice, result.spec.input.shape[0]!);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { result: { ok: false, problems: [problem("BAD_DATA", {}, message)] } };
  }
  const lossNodeId = result.lossNodeId ?? result.layerNodeIds.at(-1) ?? "";
  const counting = isNeuralBigram(result.spec) && doc.training.batchSize === "all";
  if (!counting) await ensureBackend();
  const ids = { layerNodeIds: result.layerNodeIds, lossNodeId };
  const { session, parameters } = counting
    ? createBigramSession(doc, result.spec, lossNodeId, data, options.resume)
    : createSpecTextSession(doc, result.spec, ids, data, options.resume);
  return {
    session,
    result: { ok: true, parameters, samples: data.train.targets.length, nodes: doc.nodes.length },
  };
}
