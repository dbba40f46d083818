import { createRng, type Rng } from "@nudge/datasets";
import { problem, RuntimeError, runtimeErrors } from "../errors.js";
import type { LoadResult, ParamEdits, Problem, Resume, TrainDoc, TrainerStatus, TrainingSettings } from "../protocol.js";
import { loadData, type TrainData } from "./data.js";
import { compileDoc } from "./engine/compile-doc.js";
import { graphGate, initialParams, reseeded } from "./engine/graph-gate.js";
import { PlanEvaluator } from "./engine/evaluator.js";
import { createOptimizer, learningRate, type Optimizer } from "./engine/optimizer.js";
import type { Plan } from "./engine/plan.js";
import { resolveTraining } from "./settings.js";

/** A loaded document: its plan, data, parameters and optimiser state. */
export interface Loaded {
  kind: "plan";
  doc: TrainDoc;
  plan: Plan;
  model: PlanEvaluator;
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

function checkFit(doc: TrainDoc, plan: Plan, data: TrainData): Problem[] {
  const problems: Problem[] = [];
  for (const n of plan.nodes) {
    if (n.op === "input" && n.feature >= data.dim) problems.push(problem("BAD_FEATURE", { nodeId: n.id }, n.feature, data.dim));
    if (n.op === "loss" && !data.dataset) problems.push(problem("BAD_DATA", { nodeId: n.id }, "a Loss node compares predictions with data; choose a data set"));
  }
  const classes = data.dataset?.classNames?.length ?? 0;
  if (data.dataset?.task === "classification" && classes > 2) {
    problems.push(problem("NOT_SUPPORTED", { nodeId: plan.nodes[plan.prediction]?.id }, `${doc.data.kind === "toy" ? doc.data.name : "Data"} with ${classes} classes (one scalar output handles two)`));
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
    const compiled = compileDoc(doc, data.dataset?.task);
    if ("problems" in compiled) return { result: { ok: false, problems: compiled.problems } };
    const { plan } = compiled;
    const problems = checkFit(doc, plan, data);
    if (problems.length > 0) return { result: { ok: false, problems } };
    const training = resolveTraining(doc.training);
    const model = new PlanEvaluator(plan);
    const resumed = resume && resume.params.length === model.params.length;
    const initial = initialParams(doc, plan.paramOwners, plan.paramDefaults);
    model.params.set(resumed ? resume.params : initial);
    const loaded: Loaded = {
      kind: "plan", doc, plan, model, data, training, initial,
      optimizer: createOptimizer(training.optimizer, model.params.length),
      batchRng: createRng(training.seed),
      step: resumed ? resume.step : 0,
      loss: NaN,
      lr: training.optimizer.lr,
    };
    return { loaded, result: { ok: true, parameters: model.params.length, samples: data.train.length, nodes: plan.nodes.length } };
  } catch (error) {
    if (error instanceof RuntimeError) return { result: { ok: false, problems: [{ code: error.code, message: error.message }] } };
    return { result: { ok: false, problems: [problem("INTERNAL", {}, error instanceof Error ? error.message : String(error))] } };
  }
}

/** Back to the initial parameters (the same ones unless reseeded: then every weight is drawn again). */
export function resetLoaded(s: Loaded, reseed?: boolean | number): void {
  if (reseed !== undefined && reseed !== false) {
    s.training = { ...s.training, seed: typeof reseed === "number" ? reseed : s.training.seed + 1 };
    s.initial = initialParams(reseeded(s.doc, s.training.seed), s.plan.paramOwners, s.plan.paramOwners.map((o, k) => (o.kind === "edge" ? undefined : s.plan.paramDefaults[k])));
  }
  s.model.params.set(s.initial);
  s.optimizer = createOptimizer(s.training.optimizer, s.model.params.length);
  s.batchRng = createRng(s.training.seed);
  s.step = 0;
  s.loss = NaN;
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

/** The L2 weight actually applied: none for expression graphs, which minimise their output. */
export function effectiveL2(s: Loaded): number {
  return s.data.dataset ? s.training.l2 : 0;
}

/** One optimiser step; returns a halt if a value, gradient or parameter became NaN or infinite. */
export function trainStep(s: Loaded): Halt | undefined {
  const { model, data } = s;
  const rows = data.dataset ? nextRows(s) : null;
  model.setBatch({ features: data.dataset?.features ?? new Float32Array(0), targets: data.dataset?.targets ?? new Float32Array(0), dim: data.dim, rows, count: rows ? rows.length : 1 });
  const l2 = effectiveL2(s);
  s.loss = model.forward(l2);
  if (!model.nonFinite()) model.backward(l2);
  s.lr = learningRate(s.training.optimizer.lr, s.training.schedule, s.step);
  const bad = model.nonFinite();
  if (bad) {
    const edge = s.doc.edges.find((e) => e.id === bad.nodeId);
    const where = edge ? { edgeId: edge.id, nodeId: edge.target } : { nodeId: bad.nodeId };
    return { status: "paused", error: problem("NON_FINITE", where, bad.what, s.step) };
  }
  s.optimizer.step(model.params, model.grads, s.lr);
  s.step++;
  return undefined;
}

/** Apply hand edits to parameters; unknown ids and non-finite values are refused with a clear error. */
export function editParams(s: Loaded, values: ParamEdits): void {
  const index = new Map(s.plan.paramOwners.map((o, k) => [`${o.kind}:${o.id}`, k]));
  const updates: [number, number][] = [];
  for (const kind of ["edges", "nodes"] as const) {
    for (const [id, value] of Object.entries(values?.[kind] ?? {})) {
      const k = index.get(`${kind === "edges" ? "edge" : "node"}:${id}`);
      const what = kind === "edges" ? "edge" : "node";
      if (k === undefined) throw new RuntimeError("UNKNOWN_ID", runtimeErrors.UNKNOWN_ID(what, id));
      if (typeof value !== "number" || !Number.isFinite(value)) throw new RuntimeError("BAD_VALUE", runtimeErrors.BAD_VALUE(what, id));
      updates.push([k, value]);
    }
  }
  for (const [k, value] of updates) s.model.params[k] = value;
}
