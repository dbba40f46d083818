import { indexGraph } from "../graph-index.js";
import { getKind } from "../kinds/registry.js";
import { layerChain } from "../compile/layer-chain.js";
import { compileLayers } from "../compile/layers.js";
import { hasErrors, problem } from "../problems.js";
import type { Problem } from "../problems.js";
import { parseCurrent } from "../schema/parse.js";
import type { GraphDoc } from "../schema/types.js";
import { shapesOf } from "../shapes.js";
import { isCountingBigram } from "../text/counting.js";
import { validateEdges } from "./edges.js";
import { validateFit } from "./fit.js";
import { validateParams } from "./params.js";
import { validateRoles, validateWiring } from "./roles.js";

function validateNodes(doc: GraphDoc): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const node of doc.nodes) {
    if (seen.has(node.id)) problems.push(problem("duplicate-node-id", [node.id], { nodeId: node.id }));
    seen.add(node.id);
    const kind = getKind(node.kind);
    if (!kind) {
      problems.push(problem("unknown-kind", [node.kind], { nodeId: node.id }));
      continue;
    }
    if (!kind.modes.includes(doc.mode))
      problems.push(problem("kind-not-in-mode", [kind.label, doc.mode], { nodeId: node.id }));
    problems.push(...validateParams(node, kind));
  }
  return problems;
}

const firstNode = { expression: "a Parameter or Constant", neurons: "an Input", layers: "a Features" } as const;

function emptyCanvas(doc: GraphDoc): Problem[] {
  return doc.nodes.length === 0 ? [problem("empty-graph", [firstNode[doc.mode]], { path: "nodes" })] : [];
}

/**
 * Checks a document (any JSON) and returns located problems; an empty list means it compiles and
 * can train on its data choice. Warnings (`severity: "warning"`) do not block compile.
 * @example
 * for (const p of validate(doc)) highlight(p.nodeId ?? p.edgeId, p.message);
 */
export function validate(input: unknown): Problem[] {
  const parsed = parseCurrent(input);
  if (!parsed.ok) return parsed.problems;
  const doc = parsed.doc;
  if (isCountingBigram(doc)) return [problem("counting-only", [], { path: "nodes" })];
  const index = indexGraph(doc);
  const problems = [
    ...emptyCanvas(doc),
    ...validateNodes(doc),
    ...validateEdges(doc, index),
    ...validateWiring(doc, index),
    ...validateRoles(doc, index),
    ...validateFit(doc),
  ];
  problems.push(...shapesOf(doc, index).problems);
  if (doc.mode === "layers") problems.push(...layerChain(doc, index).problems);
  if (doc.mode === "layers" && !hasErrors(problems)) {
    // The ModelSpec's own checks (a loss that fits the task, layer sizes) are fit checks too.
    const layers = compileLayers(doc);
    if (!layers.ok) problems.push(...layers.problems);
  }
  return problems;
}
