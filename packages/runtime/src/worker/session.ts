import { createRng, type Rng } from "@nudge/datasets";
import type { CompiledGraph } from "@nudge/graph";
import { problem, RuntimeError, runtimeErrors } from "../errors.js";
import type { LoadResult, ParamEdits, Problem, Resume, TrainDoc, TrainerStatus, TrainingSettings } from "../protocol.js";
import { loadData, type TrainData } from "./data.js";
import { compileGraph, graphGate, reseeded } from "./graph-gate.js";
import { graphInfo, type GraphInfo } from "./graph-info.js";
import { createOptimizer, learningRate, type Optimizer } from "./optimizer.js";
import { runRows } from "./rows.js";
import { resolveTraining } from "./settings.js";

/** A loaded document: its compiled graph (@nudge/graph over an @nudge/autograd tape), data, parameters and optimiser state. */
export interface Loaded {
  kind: "graph";
  doc: TrainDoc;
  graph: CompiledGraph;
  info: GraphInfo;
  data: TrainData;
  training: TrainingSettings;
  /** Parameters at step 0 (reset returns here). */
  initial: Float64Array;
  optimizer: Optimizer;
  batchRng: Rng;
  step: number;
  loss: number;
  lr: number;
}

/** Why training stopped, and where. */
export interface Halt {
  status: TrainerStatus;
  error?: Problem;
}

function checkFit(doc: TrainDoc, graph: CompiledGraph, info: GraphInfo, data: TrainData): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  graph.nodeIds.forEach((id, i) => {
    const feature = byId.get(id)?.params.feature;
    if (info.kinds[i] === "input" && typeof feature === "number" && feature >= data.dim && data.dataset) problems.push(problem("BAD_FEATURE", { nodeId: id }, feature, data.dim));
    if (info.kinds[i] === "neuron" && info.inputs[i]!.length === 0) problems.push(problem("MISSING_INPUT", { nodeId: id }, "in"));
    if (info.kinds[i] === "loss" && !data.dataset) problems.push(problem("BAD_DATA", { nodeId: id }, "a Loss node compares predictions with data; choose a data set"));
  });
  if (info.prediction < 0 && problems.length === 0) problems.push(problem("NO_OUTPUT", {}));
  const classes = data.dataset?.classNames?.length ?? 0;
  if (data.dataset?.task === "classification" && classes > 2 && graph.outputCount < classes) {
    const what = `${doc.data.kind === "toy" ? doc.data.name : "Data"} with ${classes} classes`;
    problems.push(problem("NOT_SUPPORTED", { nodeId: graph.nodeIds[info.prediction] }, `${what} (one scalar output handles two; add an Output per class)`));
  }
  return problems;
}

/** Compile a document and generate its data; problems instead of throwing. */
export function loadDoc(doc: TrainDoc, resume?: Resume): { loaded: Loaded; result: LoadResult } | { result: LoadResult } {
  try {
    const gate = graphGate(doc);
    if (gate.length > 0) return { result: { ok: false, problems: gate } };
    const data = doc.mode === "expression" ? loadData({ kind: "none" }) : loadData(doc.data);
    if ("problems" in data) return { result: { ok: false, problems: data.problems } };
    const compiled = compileGraph(doc);
    if ("problems" in compiled) return { result: { ok: false, problems: compiled.problems } };
    const { graph } = compiled;
    const info = graphInfo(doc, graph);
    const problems = checkFit(doc, graph, info, data);
    if (problems.length > 0) return { result: { ok: false, problems } };
    const training = resolveTraining(doc.training);
    const initial = Float64Array.from(graph.params);
    const resumed = resume && resume.params.length === graph.params.length;
    if (resumed) graph.params.set(resume.params);
    const loaded: Loaded = {
      kind: "graph", doc, graph, info, data, training, initial,
      optimizer: createOptimizer(training.optimizer, graph.params, graph.grads),
      batchRng: createRng(training.seed),
      step: resumed ? resume.step : 0,
      loss: NaN,
      lr: training.optimizer.lr,
    };
    return { loaded, result: { ok: true, parameters: graph.params.length, samples: data.train.length, nodes: graph.nodeIds.length } };
  } catch (error) {
    if (error instanceof RuntimeError) return { result: { ok: false, problems: [{ code: error.code, message: error.message }] } };
    return { result: { ok: false, problems: [problem("INTERNAL", {}, error instanceof Error ? error.message : String(error))] } };
  }
}

/** Back to the initial parameters (the same ones unless reseeded: then every wire's weight is drawn again) and a fresh optimiser. */
export function resetLoaded(s: Loaded, reseed?: boolean | number): void {
  if (reseed !== undefined && reseed !== false) {
    s.training = { ...s.training, seed: typeof reseed === "number" ? reseed : s.training.seed + 1 };
    const fresh = compileGraph(reseeded(s.doc, s.training.seed), 1);
    if ("graph" in fresh && fresh.graph.params.length === s.initial.length) s.initial = Float64Array.from(fresh.graph.params);
  }
  s.graph.params.set(s.initial);
  s.optimizer = createOptimizer(s.training.optimizer, s.graph.params, s.graph.grads);
  s.batchRng = createRng(s.training.seed);
  s.step = 0;
  s.loss = NaN;
}

/**
 * New training settings. The optimiser keeps its state (Adam's moments, SGD's velocity) unless its
 * kind changes; without a Loss node, a new `loss` recompiles the graph with the same parameters.
 */
export function applyTraining(s: Loaded, next: TrainingSettings): void {
  const loss = next.loss;
  if (s.info.loss < 0 && s.data.dataset && loss !== undefined && loss !== s.doc.training.loss) {
    const doc = { ...s.doc, training: { ...s.doc.training, loss } } as TrainDoc;
    const compiled = compileGraph(doc);
    if ("problems" in compiled) throw new RuntimeError("BAD_PARAM", runtimeErrors.BAD_PARAM("loss", compiled.problems[0]!.message));
    compiled.graph.params.set(s.graph.params);
    s.doc = doc;
    s.graph = compiled.graph;
    s.optimizer = createOptimizer(next.optimizer, s.graph.params, s.graph.grads);
  } else if (next.optimizer.kind !== s.training.optimizer.kind) {
    s.optimizer = createOptimizer(next.optimizer, s.graph.params, s.graph.grads);
  } else if ("momentum" in s.optimizer) s.optimizer.momentum = next.optimizer.momentum ?? 0;
  s.training = next;
}

/** Rows of the next training batch: all train rows, or a random subset without replacement. */
function nextRows(s: Loaded): Int32Array {
  const { train } = s.data;
  const size = s.training.batchSize;
  if (size === "all" || size >= train.length) return train;
  const rows = Int32Array.from(train);
  for (let i = 0; i < size; i++) {
    const j = i + s.batchRng.int(rows.length - i);
    const t = rows[i];
    rows[i] = rows[j];
    rows[j] = t;
  }
  return rows.subarray(0, size);
}

/** One optimiser step; returns a halt if a value, gradient or parameter became NaN or infinite. */
export function trainStep(s: Loaded): Halt | undefined {
  s.loss = runRows(s, s.data.dataset ? nextRows(s) : null, true);
  s.lr = learningRate(s.training.optimizer.lr, s.training.schedule, s.step);
  const bad = s.graph.nonFinite();
  if (bad) {
    const where = bad.edgeId ? { edgeId: bad.edgeId, nodeId: bad.nodeId } : { nodeId: bad.nodeId };
    return { status: "paused", error: problem("NON_FINITE", where, bad.what, s.step) };
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
      if (typeof value !== "number" || !Number.isFinite(value)) throw new RuntimeError("BAD_VALUE", runtimeErrors.BAD_VALUE(what, id));
      updates.push([k, value]);
    }
  }
  for (const [k, value] of updates) s.graph.params[k] = value;
}
