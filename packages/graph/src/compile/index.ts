import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import { parseCurrent } from "../schema/parse.js";
import type { GraphDoc } from "../schema/types.js";
import { validate } from "../validate/index.js";
import { TapeGraph } from "./compiled-graph.js";
import { initialParams } from "./init.js";
import { compileLayers } from "./layers.js";
import { PlanNodeError, buildPlan } from "./plan.js";
import type { CompileOptions, CompileResult } from "./types.js";

const MAX_CAPACITY = 1024;

function initialCapacity(doc: GraphDoc, options: CompileOptions): number {
  if (options.capacity !== undefined) return Math.max(1, Math.floor(options.capacity));
  const { batchSize } = doc.training;
  if (batchSize !== "all") return Math.min(batchSize, MAX_CAPACITY);
  const rows = doc.data.kind === "toy" ? Math.round(doc.data.n * (1 - doc.data.testFraction)) : 1;
  return Math.max(1, Math.min(rows, MAX_CAPACITY));
}

/**
 * Compiles a document: expression and neuron graphs to an `@nudge/autograd` tape wrapped in a
 * {@link CompiledGraph}; layer graphs to a `ModelSpec`. Problems (with node ids) instead of throwing.
 * Wires without a weight start at `initialWeight(training.seed, edgeId)`.
 * @example
 * const result = compile(doc);
 * if (result.ok && result.kind === "tape") {
 *   result.graph.setBatch({ features, targets, count: 100 });
 *   const loss = result.graph.forward(); result.graph.backward();
 * }
 */
export function compile(input: GraphDoc, options: CompileOptions = {}): CompileResult {
  const parsed = parseCurrent(input);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const doc = parsed.doc;
  const found = validate(doc);
  const errors = found.filter((p) => p.severity === "error");
  const warnings = found.filter((p) => p.severity === "warning");
  if (errors.length > 0) return { ok: false, problems: errors };
  if (doc.mode === "layers") {
    const layers = compileLayers(doc);
    return layers.ok ? { ...layers, kind: "model", warnings } : layers;
  }
  const plan = buildPlan(doc);
  const params = initialParams(plan, doc.training.seed);
  try {
    const graph = new TapeGraph(plan, params, initialCapacity(doc, options), doc.training.l2, doc.mode);
    return { ok: true, kind: "tape", graph, warnings };
  } catch (error) {
    return { ok: false, problems: [toProblem(error)] };
  }
}

function toProblem(error: unknown): Problem {
  if (error instanceof PlanNodeError) return problem("compile-failed", [error.detail], { nodeId: error.nodeId });
  return problem("compile-failed", [error instanceof Error ? error.message : String(error)]);
}
