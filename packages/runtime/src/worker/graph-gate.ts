import { compile, validate, type CompiledGraph, type GraphDoc } from "@nudge/graph";
import { problem } from "../errors.js";
import type { Problem, TrainDoc } from "../protocol.js";

const located = ({ code, message, nodeId, edgeId }: Problem): Problem => ({ code, message, ...(nodeId ? { nodeId } : {}), ...(edgeId ? { edgeId } : {}) });
const threw = (error: unknown) => problem("INTERNAL", {}, `@nudge/graph threw: ${error instanceof Error ? error.message : String(error)}`);

/** Validate with @nudge/graph, so the worker reports exactly the problems the editor shows. Layer graphs are refused here. */
export function graphGate(doc: TrainDoc): Problem[] {
  try {
    const errors = validate(doc).filter((p) => p.severity === "error").map(located);
    if (errors.length > 0) return errors;
    if (doc.mode === "layers") {
      const layer = doc.nodes.find((n) => n.kind !== "features" && n.kind !== "output" && n.kind !== "loss");
      return [problem("NOT_SUPPORTED", { nodeId: layer?.id }, "Training a layer graph (ModelSpec on tfjs)")];
    }
    return [];
  } catch (error) {
    return [threw(error)];
  }
}

/**
 * Compile an expression or neuron document with @nudge/graph: its tape (one lane per sample),
 * starting parameters (document values, else `initialWeight(training.seed, edgeId)`) and node maps.
 */
export function compileGraph(doc: TrainDoc, capacity?: number): { graph: CompiledGraph } | { problems: Problem[] } {
  try {
    const result = compile(doc as GraphDoc, capacity === undefined ? {} : { capacity });
    if (!result.ok) return { problems: result.problems.map(located) };
    if (result.kind !== "tape") return { problems: [problem("NOT_SUPPORTED", {}, "Training a layer graph here (ModelSpec on tfjs)")] };
    return { graph: result.graph };
  } catch (error) {
    return { problems: [threw(error)] };
  }
}

/** The document with every wire's weight removed and a new seed: compile then draws fresh weights. */
export function reseeded(doc: TrainDoc, seed: number): TrainDoc {
  return { ...doc, training: { ...doc.training, seed }, edges: doc.edges.map(({ weight: _weight, ...e }) => e) };
}
