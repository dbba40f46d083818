import { problem } from "../../errors.js";
import type { Problem, TrainDoc } from "../../protocol.js";
import type { DocEdgeLike, DocNodeLike } from "./doc-like.js";

/** A node with its incoming edges (ordered by target port name, then document order). */
export interface OrderedNode {
  node: DocNodeLike;
  incoming: DocEdgeLike[];
}

const isObject = <T>(x: T): x is T & object => typeof x === "object" && x !== null;

/** Check the document's shape and order its nodes so every node comes after its inputs. */
export function topoOrder(doc: TrainDoc): { nodes: OrderedNode[] } | { problems: Problem[] } {
  if (!isObject(doc)) return { problems: [problem("BAD_DOC", {}, "expected an object")] };
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.edges)) return { problems: [problem("BAD_DOC", {}, "`nodes` and `edges` must be arrays")] };
  const problems: Problem[] = [];
  const byId = new Map<string, DocNodeLike>();
  doc.nodes.forEach((n, i) => {
    if (!isObject(n) || typeof n.id !== "string" || typeof n.kind !== "string") {
      problems.push(problem("BAD_DOC", {}, `node #${i} needs a string \`id\` and \`kind\``));
    } else if (byId.has(n.id)) {
      problems.push(problem("BAD_DOC", { nodeId: n.id }, `node id "${n.id}" is used twice`));
    } else byId.set(n.id, n);
  });
  const incoming = new Map<string, DocEdgeLike[]>([...byId.keys()].map((id) => [id, []]));
  const outgoing = new Map<string, string[]>([...byId.keys()].map((id) => [id, []]));
  doc.edges.forEach((e, i) => {
    if (!isObject(e) || typeof e.id !== "string" || typeof e.source !== "string" || typeof e.target !== "string") {
      problems.push(problem("BAD_DOC", {}, `edge #${i} needs string \`id\`, \`source\` and \`target\``));
    } else if (!byId.has(e.source)) problems.push(problem("BAD_EDGE", { edgeId: e.id }, "source"));
    else if (!byId.has(e.target)) problems.push(problem("BAD_EDGE", { edgeId: e.id }, "target"));
    else if (e.weight !== undefined && !(typeof e.weight === "number" && Number.isFinite(e.weight))) {
      problems.push(problem("BAD_PARAM", { edgeId: e.id, nodeId: e.target }, "weight", "must be a finite number"));
    } else {
      incoming.get(e.target)!.push(e);
      outgoing.get(e.source)!.push(e.target);
    }
  });
  if (problems.length > 0) return { problems };
  const port = (e: DocEdgeLike) => e.targetHandle ?? "";
  for (const list of incoming.values()) list.sort((a, b) => (port(a) < port(b) ? -1 : port(a) > port(b) ? 1 : 0));
  const pending = new Map([...incoming].map(([id, list]) => [id, list.length]));
  const ready = [...byId.keys()].filter((id) => pending.get(id) === 0);
  const nodes: OrderedNode[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    nodes.push({ node: byId.get(id)!, incoming: incoming.get(id)! });
    for (const t of outgoing.get(id)!) {
      const left = pending.get(t)! - 1;
      pending.set(t, left);
      if (left === 0) ready.push(t);
    }
  }
  if (nodes.length < byId.size) {
    return { problems: [...pending].filter(([, n]) => n > 0).map(([id]) => problem("CYCLE", { nodeId: id })) };
  }
  return { nodes };
}
