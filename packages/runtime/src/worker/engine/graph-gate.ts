import { createRng } from "@nudge/datasets";
import { compile, validate, type GraphDoc } from "@nudge/graph";
import { problem } from "../../errors.js";
import type { Problem, TrainDoc } from "../../protocol.js";

const key = (kind: "edge" | "node", id: string) => `${kind}:${id}`;

const located = ({ code, message, nodeId, edgeId }: Problem): Problem => ({ code, message, ...(nodeId ? { nodeId } : {}), ...(edgeId ? { edgeId } : {}) });
const threw = (error: unknown) => problem("INTERNAL", {}, `@nudge/graph threw: ${error instanceof Error ? error.message : String(error)}`);

/** Validate with @nudge/graph, so the worker reports exactly the problems the editor shows. Layer graphs are refused for now. */
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
 * Starting parameters as @nudge/graph's `compile` seeds them (document values, else uniform(−1, 1)
 * from `training.seed`), so exported code starts from the same numbers. If compile cannot build its
 * tape, the same seeded draw in our parameter order.
 */
export function initialParams(doc: TrainDoc, owners: readonly { id: string; kind: "edge" | "node" }[], defaults: readonly (number | undefined)[]): Float64Array {
  try {
    const result = compile(doc as unknown as GraphDoc, { capacity: 1 });
    if (result.ok && result.kind === "tape") {
      const byOwner = new Map(result.graph.paramOwners.map((o, k) => [key(o.kind, o.id), result.graph.params[k]]));
      if (owners.every((o) => byOwner.has(key(o.kind, o.id)))) return Float64Array.from(owners, (o) => byOwner.get(key(o.kind, o.id))!);
    }
  } catch {
    // fall through to our own seeded draw
  }
  const rng = createRng(doc.training?.seed ?? 0);
  return Float64Array.from(defaults, (d) => d ?? rng.uniform(-1, 1));
}

/** The document with every wire's weight removed and a new seed: compile then draws fresh weights. */
export function reseeded(doc: TrainDoc, seed: number): TrainDoc {
  return { ...doc, training: { ...doc.training, seed }, edges: doc.edges.map(({ weight: _weight, ...e }) => e) };
}
