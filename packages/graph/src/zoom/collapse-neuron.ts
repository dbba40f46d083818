import { indexGraph, type GraphIndex } from "../graph-index.js";
import { hasErrors, problem } from "../problems.js";
import type { DocEdge, DocNode, GraphDoc } from "../schema/types.js";
import { e } from "../templates/build.js";
import { validate } from "../validate/index.js";
import { replaced } from "./expand-neuron.js";
import { tapeValues, trainedFits, trainedFor, type ZoomResult } from "./values.js";

interface Terms {
  /** Weight Parameter and the wire that brings its input, in sum order. */
  weights: { param: DocNode; input: DocEdge }[];
  bias: DocNode[];
  /** Every node of the sum (not the activation). */
  nodes: string[];
}

/**
 * An op graph `act(w1·x1 + … + b)` back into one Neuron (the inverse of `expandNeuron`): `activationId` names
 * the Activation node; below it, Add nodes over `Parameter · input` products and one bias Parameter, each
 * used only there. Otherwise says which node does not fit. A kept run maps back.
 */
export function collapseNeuron(doc: GraphDoc, activationId: string): ZoomResult {
  const problems = validate(doc);
  if (hasErrors(problems)) return { ok: false, problems };
  const read = neuronTerms(doc, indexGraph(doc), activationId);
  if ("reason" in read)
    return { ok: false, problems: [problem("not-layered", [read.reason], { nodeId: read.nodeId })] };
  const act = doc.nodes.find((n) => n.id === activationId)!;
  const { start, current } = tapeValues(doc);
  const rename = new Map<string, string>([[activationId, read.bias[0]!.id]]);
  const edges = read.weights.map(({ param, input }) => {
    const wire = { ...e(input.source, activationId, "in", start.get(param.id)!), sourceHandle: input.sourceHandle };
    rename.set(wire.id, param.id);
    return wire;
  });
  const neuron: DocNode = {
    id: activationId,
    kind: "neuron",
    position: act.position,
    params: { bias: start.get(read.bias[0]!.id)!, activation: act.params.fn ?? "tanh" },
    ...(act.label === undefined ? {} : { label: act.label }),
  };
  const inward = new Set(doc.edges.filter((w) => w.target === activationId).map((w) => w.id));
  const result = replaced(doc, [activationId, ...read.nodes], inward, [neuron], edges);
  if (!trainedFits(doc.trained, current.size)) return { ok: true, doc: result };
  return {
    ok: true,
    doc: { ...result, trained: trainedFor(result, doc.trained, (o) => current.get(rename.get(o) ?? o)!) },
  };
}

/** Reads the sum under an Activation node as weight·input terms and one bias, or why it is not a neuron. */
export function neuronTerms(
  doc: GraphDoc,
  index: GraphIndex,
  activationId: string,
): Terms | { reason: string; nodeId: string } {
  const act = index.nodes.get(activationId);
  if (!act || act.kind !== "activation")
    return { nodeId: activationId, reason: `${activationId} is not an Activation node` };
  const terms: Terms = { weights: [], bias: [], nodes: [] };
  const into = (id: string, port: string) => (index.incoming.get(id) ?? []).find((w) => w.targetHandle === port)!;
  const only = (node: DocNode) => (index.outgoing.get(node.id) ?? []).length === 1;
  const walk = (wire: DocEdge): string | undefined => {
    const node = index.nodes.get(wire.source)!;
    const sole = only(node);
    if (node.kind === "add" && sole) {
      terms.nodes.push(node.id);
      return walk(into(node.id, "a")) ?? walk(into(node.id, "b"));
    }
    if (node.kind === "parameter" && sole) {
      terms.nodes.push(node.id);
      terms.bias.push(node);
      return undefined;
    }
    if (node.kind === "mul" && sole) {
      const [a, b] = [into(node.id, "a"), into(node.id, "b")];
      const isWeight = (w: DocEdge) => {
        const p = index.nodes.get(w.source)!;
        return p.kind === "parameter" && only(p) ? p : undefined;
      };
      const param = isWeight(a) ?? isWeight(b);
      if (param) {
        terms.nodes.push(node.id, param.id);
        terms.weights.push({ param, input: param.id === a.source ? b : a });
        return undefined;
      }
    }
    return node.id;
  };
  const bad = walk(into(activationId, "x"));
  const fail = (nodeId: string, reason: string) => ({ nodeId, reason });
  if (bad)
    return fail(
      bad,
      `${bad} is not part of a neuron: a neuron sums weight·input products and one bias, each used once`,
    );
  if (terms.bias.length !== 1)
    return fail(activationId, `${activationId}'s sum has ${terms.bias.length} bias parameters; a neuron has one`);
  if (terms.weights.length === 0) return fail(activationId, `${activationId}'s sum has no weight·input product`);
  const sources = terms.weights.map((t) => t.input.source);
  const twice = sources.find((s, i) => sources.indexOf(s) !== i);
  if (twice) return fail(activationId, `${activationId} would read ${twice} twice`);
  return terms;
}
