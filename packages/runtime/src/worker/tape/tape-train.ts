import { minibatch } from "@nudge/datasets";
import { learningRateAt } from "@nudge/graph";
import { RuntimeError, runtimeErrors } from "../../errors.js";
import type { ParamEdits, TrainDoc, TrainingSettings } from "../../protocol.js";
import { hasDiverged, learningRateHint, lossDiverged, nonFinite } from "../divergence.js";
import { createOptimizer } from "../optimizer.js";
import type { Halt } from "../session.js";
import { runRows } from "./rows.js";
import { compileTape, type Loaded } from "./tape-state.js";

/** The document with every wire's weight removed and a new seed: compile then draws fresh weights. */
function reseeded(doc: TrainDoc, seed: number): TrainDoc {
  return { ...doc, training: { ...doc.training, seed }, edges: doc.edges.map(({ weight: _weight, ...e }) => e) };
}

/** Back to the initial parameters (the same ones unless reseeded: then every wire's weight is drawn again) and a fresh optimiser. */
export function resetLoaded(s: Loaded, reseed?: boolean | number): void {
  if (reseed !== undefined && reseed !== false) {
    s.training = { ...s.training, seed: typeof reseed === "number" ? reseed : s.training.seed + 1 };
    const fresh = compileTape(reseeded(s.doc, s.training.seed), 1);
    if ("graph" in fresh && fresh.graph.params.length === s.initial.length)
      s.initial = Float64Array.from(fresh.graph.params);
  }
  s.graph.params.set(s.initial);
  s.optimizer = createOptimizer(s.training.optimizer, s.graph.params, s.graph.grads);
  s.step = 0;
  s.loss = NaN;
  s.startLoss = NaN;
}

/**
 * New training settings. The optimiser keeps its state (Adam's moments, SGD's velocity) unless its
 * kind changes; without a Loss node, a new `loss` recompiles the graph (graph's validate decides
 * whether the loss suits the data) with the same parameters.
 */
export function applyTraining(s: Loaded, next: TrainingSettings): void {
  if (s.graph.roles.loss < 0 && s.data.dataset && next.loss !== s.doc.training.loss) {
    const doc: TrainDoc = { ...s.doc, training: { ...s.doc.training, loss: next.loss } };
    const compiled = compileTape(doc);
    if ("problems" in compiled)
      throw new RuntimeError(
        "BAD_PARAM",
        runtimeErrors.BAD_PARAM("loss", `is refused: ${compiled.problems[0]!.message}`),
      );
    compiled.graph.params.set(s.graph.params);
    s.doc = doc;
    s.graph = compiled.graph;
    s.optimizer = createOptimizer(next.optimizer, s.graph.params, s.graph.grads);
  } else if (next.optimizer.kind !== s.training.optimizer.kind) {
    s.optimizer = createOptimizer(next.optimizer, s.graph.params, s.graph.grads);
  } else if ("momentum" in s.optimizer) s.optimizer.momentum = next.optimizer.momentum ?? 0;
  s.training = next;
}

/** Rows of the next training batch: `@nudge/datasets`' seeded sampler at this step (the exports draw the same). */
function nextRows(s: Loaded): Int32Array {
  return minibatch(s.data.train, s.training.batchSize, { seed: s.training.seed, step: s.step });
}

/** One optimiser step; returns a halt if a value, gradient or parameter became NaN or infinite, or the loss diverged. */
export function trainStep(s: Loaded): Halt | undefined {
  s.loss = runRows(s, s.data.dataset ? nextRows(s) : null, true);
  s.lr = learningRateAt(s.training.optimizer.lr, s.training.schedule, s.step);
  const bad = s.graph.nonFinite();
  if (bad) {
    const where = bad.edgeId ? { edgeId: bad.edgeId, nodeId: bad.nodeId } : { nodeId: bad.nodeId };
    const detail = `the ${bad.what} became NaN or infinite${s.step > 0 ? learningRateHint(s.lr) : ""}`;
    return { status: "paused", error: nonFinite(s.doc, where, detail, s.step) };
  }
  if (Number.isNaN(s.startLoss)) s.startLoss = s.loss;
  if (hasDiverged(s.startLoss, s.loss)) {
    const { roles, nodeIds } = s.graph;
    const at = nodeIds[roles.loss >= 0 ? roles.loss : roles.prediction] ?? nodeIds.at(-1) ?? "";
    return { status: "paused", error: lossDiverged(s.doc, at, s.startLoss, s.loss, s.step, s.lr) };
  }
  s.optimizer.lr = s.lr;
  s.optimizer.step();
  s.step++;
  return undefined;
}

/** Apply hand edits to parameters; unknown ids and non-finite values are refused with a clear error. */
export function editParams(s: Loaded, values: ParamEdits): void {
  const updates: [number, number][] = [];
  for (const kind of ["edges", "nodes"] as const) {
    for (const [id, value] of Object.entries(values?.[kind] ?? {})) {
      const what = kind === "edges" ? "edge" : "node";
      const k = s.graph.paramIndex(id, what);
      if (k < 0) throw new RuntimeError("UNKNOWN_ID", runtimeErrors.UNKNOWN_ID(what, id));
      if (typeof value !== "number" || !Number.isFinite(value))
        throw new RuntimeError("BAD_VALUE", runtimeErrors.BAD_VALUE(what, id));
      updates.push([k, value]);
    }
  }
  for (const [k, value] of updates) s.graph.params[k] = value;
}
