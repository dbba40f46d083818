import type { GraphIndex } from "../graph-index.js";
import { getKind } from "../kinds/registry.js";
import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import type { DocNode, GraphDoc } from "../schema/types.js";

/** The layer nodes of a layer graph in order from Features to Output, or why it is not one chain. */
export interface LayerChain {
  features?: DocNode;
  layers: DocNode[];
  output?: DocNode;
  problems: Problem[];
}

/** Walks an input (Features or Characters) → layers* → Output, refusing branches, merges and stray nodes. */
export function layerChain(doc: GraphDoc, index: GraphIndex): LayerChain {
  const problems: Problem[] = [];
  const starts = doc.nodes.filter((n) => getKind(n.kind)?.leaf === "feature");
  if (starts.length !== 1) {
    const detail = starts.length === 0 ? "add a Features (or Characters) node" : "use one input node";
    return { layers: [], problems: [problem("not-a-chain", [detail], starts[1] ? { nodeId: starts[1].id } : {})] };
  }
  const features = starts[0]!;
  const layers: DocNode[] = [];
  const seen = new Set([features.id]);
  let current = features;
  let output: DocNode | undefined;
  for (;;) {
    const next = (index.outgoing.get(current.id) ?? []).map((e) => index.nodes.get(e.target)!);
    if (next.length === 0) break;
    if (next.length > 1) {
      problems.push(problem("not-a-chain", [`${current.id} feeds ${next.length} nodes`], { nodeId: current.id }));
      break;
    }
    const node = next[0]!;
    if (seen.has(node.id)) break;
    seen.add(node.id);
    if (node.kind === "output") {
      output = node;
      break;
    }
    if (!getKind(node.kind)?.layer) {
      problems.push(problem("not-a-chain", [`a ${node.kind} node cannot sit between layers`], { nodeId: node.id }));
      break;
    }
    layers.push(node);
    current = node;
  }
  for (const node of doc.nodes) {
    if (!seen.has(node.id) && node.kind !== "loss")
      problems.push(problem("not-a-chain", [`${node.id} is not on the chain`], { nodeId: node.id }));
  }
  return { features, layers, ...(output ? { output } : {}), problems };
}
