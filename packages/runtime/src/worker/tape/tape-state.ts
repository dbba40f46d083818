import { compile, type CompiledGraph } from "@nudge/graph";
import { problem } from "../../errors.js";
import type { LoadResult, Problem, Resume, TrainDoc, TrainingSettings } from "../../protocol.js";
import { loadData, type TrainData } from "../data.js";
import { createOptimizer, type Optimizer } from "../optimizer.js";

/** A loaded expression or neuron document: its compiled graph (@nudge/graph over an @nudge/autograd tape), data, parameters and optimiser state. */
export interface Loaded {
  doc: TrainDoc;
  graph: CompiledGraph;
  data: TrainData;
  training: TrainingSettings;
  /** Parameters at step 0 (reset returns here). */
  initial: Float64Array;
  optimizer: Optimizer;
  step: number;
  loss: number;
  /** The loss of the first step since load or reset (divergence is measured against it). */
  startLoss: number;
  lr: number;
}

const located = ({ code, message, nodeId, edgeId }: Problem): Problem => ({
  code,
  message,
  ...(nodeId ? { nodeId } : {}),
  ...(edgeId ? { edgeId } : {}),
});

/**
 * Compile a document with @nudge/graph (which validates it, fit to its data included): its tape (one
 * lane per sample), starting parameters (document values, else `initialWeight(training.seed, edgeId)`).
 */
export function compileTape(doc: TrainDoc, capacity?: number): { graph: CompiledGraph } | { problems: Problem[] } {
  const result = compile(doc, capacity === undefined ? {} : { capacity });
  if (!result.ok) return { problems: result.problems.map(located) };
  if (result.kind !== "tape") return { problems: [problem("INTERNAL", {}, "expected an expression or neuron graph")] };
  return { graph: result.graph };
}

/** Compile a document and generate its data; problems instead of throwing. */
export function loadTape(
  doc: TrainDoc,
  resume?: Resume,
): { loaded: Loaded; result: LoadResult & { ok: true } } | { result: LoadResult & { ok: false } } {
  const compiled = compileTape(doc);
  if ("problems" in compiled) return { result: { ok: false, problems: compiled.problems } };
  const data = loadData(doc.mode === "expression" ? { kind: "none" } : doc.data);
  if ("problems" in data) return { result: { ok: false, problems: data.problems } };
  const { graph } = compiled;
  const training = doc.training;
  const initial = Float64Array.from(graph.params);
  const resumed = resume && resume.params.length === graph.params.length;
  if (resumed) graph.params.set(resume.params);
  const loaded: Loaded = {
    doc,
    graph,
    data,
    training,
    initial,
    optimizer: createOptimizer(training.optimizer, graph.params, graph.grads),
    step: resumed ? resume.step : 0,
    loss: NaN,
    startLoss: NaN,
    lr: training.optimizer.lr,
  };
  return {
    loaded,
    result: { ok: true, parameters: graph.params.length, samples: data.train.length, nodes: graph.nodeIds.length },
  };
}
