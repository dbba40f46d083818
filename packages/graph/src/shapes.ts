import { featureCount, indexGraph, vocabSize } from "./graph-index.js";
import type { GraphIndex } from "./graph-index.js";
import { getKind } from "./kinds/registry.js";
import type { Shape } from "./kinds/types.js";
import { problem } from "./problems.js";
import type { Problem } from "./problems.js";
import { readParts } from "./schema/parse.js";
import type { DataChoice, GraphDoc } from "./schema/types.js";

/** Shapes of every node output and every edge, and the nodes whose inputs do not fit. */
export interface ShapeAnalysis {
  edges: Map<string, Shape>;
  nodes: Map<string, Record<string, Shape>>;
  problems: Problem[];
}

/**
 * Infers per-sample shapes along the topological order (`[]` = scalar, `[16]` = vector of 16).
 * Throws a `GraphError` (code `not-a-graph-doc`) when `doc` is not a GraphDoc.
 * @example
 * analyzeShapes(doc).nodes.get("l1"); // { out: [16] }
 */
export function analyzeShapes(doc: Pick<GraphDoc, "nodes" | "edges" | "data">): ShapeAnalysis {
  return shapesOf(readParts("analyzeShapes", doc));
}

/** `analyzeShapes` for a document already checked against the schema (wires on unknown ports are skipped). */
export function shapesOf(
  doc: Pick<GraphDoc, "nodes" | "edges" | "data">,
  index: GraphIndex = indexGraph(doc),
): ShapeAnalysis {
  const features = featureCount(doc.data as DataChoice);
  const vocab = vocabSize(doc.data as DataChoice);
  const nodes = new Map<string, Record<string, Shape>>();
  const edges = new Map<string, Shape>();
  const problems: Problem[] = [];
  for (const node of index.order) {
    const kind = getKind(node.kind);
    if (!kind) continue;
    const inputs: Record<string, Shape[]> = {};
    let known = true;
    for (const edge of index.incoming.get(node.id) ?? []) {
      const port = kind.ports.inputs.find((p) => p.name === edge.targetHandle);
      const shape = edges.get(edge.id);
      if (!port) continue;
      if (shape === undefined) known = false;
      else (inputs[port.name] ??= []).push(shape);
    }
    if (!known) continue;
    const result = kind.shape({ params: node.params, inputs, featureCount: features, vocabSize: vocab });
    if (!result.ok) {
      problems.push(problem("shape-mismatch", [result.message], { nodeId: node.id }));
      continue;
    }
    nodes.set(node.id, result.outputs);
    for (const edge of index.outgoing.get(node.id) ?? []) {
      const shape = Object.hasOwn(result.outputs, edge.sourceHandle) ? result.outputs[edge.sourceHandle] : undefined;
      if (shape !== undefined) edges.set(edge.id, shape);
    }
  }
  return { edges, nodes, problems };
}

/**
 * The tensor shape carried by every edge, per sample (`[]` scalar, `[2]` a 2-vector); edges behind
 * a problem have no entry. Throws a `GraphError` (code `not-a-graph-doc`) when `doc` is not a GraphDoc.
 * @example
 * const shapes = inferShapes(doc); shapes.get("x-l1-in"); // [2]
 */
export function inferShapes(doc: Pick<GraphDoc, "nodes" | "edges" | "data">): Map<string, Shape> {
  return shapesOf(readParts("inferShapes", doc)).edges;
}
