import { cycleComponents } from "../cycles.js";
import type { GraphIndex } from "../graph-index.js";
import { portTypeNames } from "../kinds/helpers.js";
import { getKind } from "../kinds/registry.js";
import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import type { GraphDoc } from "../schema/types.js";

/** Edge-level checks: ends exist, ports exist and match in type, single-wire ports, duplicates, weights, cycles. */
export function validateEdges(doc: GraphDoc, index: GraphIndex): Problem[] {
  const problems: Problem[] = [];
  const seenIds = new Set<string>();
  const seenPairs = new Set<string>();
  const used = new Map<string, number>();
  for (const edge of doc.edges) {
    const at = { edgeId: edge.id };
    if (seenIds.has(edge.id)) problems.push(problem("duplicate-edge-id", [edge.id], at));
    seenIds.add(edge.id);
    const source = index.nodes.get(edge.source);
    const target = index.nodes.get(edge.target);
    if (!source) problems.push(problem("missing-node", ["source", edge.source], at));
    if (!target) problems.push(problem("missing-node", ["target", edge.target], at));
    if (!source || !target) continue;
    if (source.id === target.id) problems.push(problem("self-loop", [], at));
    const sourceKind = getKind(source.kind);
    const targetKind = getKind(target.kind);
    if (!sourceKind || !targetKind) continue;
    const out = sourceKind.ports.outputs.find((p) => p.name === edge.sourceHandle);
    const into = targetKind.ports.inputs.find((p) => p.name === edge.targetHandle);
    if (!out)
      problems.push(
        problem("unknown-port", [sourceKind.kind, edge.sourceHandle], {
          ...at,
          nodeId: source.id,
          path: "sourceHandle",
        }),
      );
    if (!into)
      problems.push(
        problem("unknown-port", [targetKind.kind, edge.targetHandle], {
          ...at,
          nodeId: target.id,
          path: "targetHandle",
        }),
      );
    if (!out || !into) continue;
    if (out.type !== into.type)
      problems.push(problem("type-mismatch", [portTypeNames[out.type], portTypeNames[into.type]], at));
    const pair = `${edge.source}\u0000${edge.sourceHandle}\u0000${edge.target}\u0000${edge.targetHandle}`;
    if (seenPairs.has(pair)) problems.push(problem("duplicate-edge", [], at));
    seenPairs.add(pair);
    const port = `${edge.target}\u0000${edge.targetHandle}`;
    used.set(port, (used.get(port) ?? 0) + 1);
    if (!into.multiple && used.get(port)! > 1) problems.push(problem("port-used", [into.name], at));
    const weighted = targetKind.weightPort === into.name;
    if (!weighted && edge.weight !== undefined)
      problems.push(problem("weight-on-non-weight", [], { ...at, severity: "warning" }));
    if (weighted && edge.weight === undefined)
      problems.push(problem("missing-weight", [], { ...at, severity: "warning" }));
  }
  const component = cycleComponents(index);
  for (const edge of doc.edges) {
    const around = component.get(edge.target);
    if (around !== undefined && edge.source !== edge.target && component.get(edge.source) === around)
      problems.push(problem("cycle", [], { edgeId: edge.id }));
  }
  return problems;
}
