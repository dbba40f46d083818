import { hasErrors, problem } from "../problems.js";
import type { DocEdge, DocNode, GraphDoc } from "../schema/types.js";
import { e, layout } from "../templates/build.js";
import { validate } from "../validate/index.js";
import { repeatedId, tapeValues, trainedFits, trainedFor, type ZoomResult } from "./values.js";

/**
 * One neuron as its op graph: `w1·x1 + w2·x2 + b → act`, each weight and the bias a Parameter node
 * (`<neuron>_w1`, `<neuron>_b`), Multiply and Add nodes, and an Activation node that keeps the neuron's id,
 * so its outgoing wires stay. A kept run maps across: each weight becomes its Parameter's value.
 * @example
 * const result = expandNeuron(createTemplate("moons-mlp"), "h1_1"); // h1_1 is now tanh(w1·x1 + w2·x2 + b)
 */
export function expandNeuron(doc: GraphDoc, neuronId: string): ZoomResult {
  const problems = validate(doc);
  if (hasErrors(problems)) return { ok: false, problems };
  const neuron = doc.nodes.find((n) => n.id === neuronId);
  if (!neuron || neuron.kind !== "neuron") return refuse(`${neuronId} is not a Neuron of this graph`);
  const wires = doc.edges.filter((w) => w.target === neuronId && w.targetHandle === "in");
  const { start, current } = tapeValues(doc);
  const id = (part: string) => `${neuronId}_${part}`;
  const rename = new Map<string, string>([[id("b"), neuronId]]);
  const param = (pid: string, label: string, value: number): DocNode => ({
    id: pid,
    kind: "parameter",
    position: neuron.position,
    params: { value },
    label,
  });
  const op = (oid: string, kind: string, params: DocNode["params"] = {}, label?: string): DocNode => ({
    id: oid,
    kind,
    position: neuron.position,
    params,
    ...(label === undefined ? {} : { label }),
  });
  const nodes: DocNode[] = [];
  const edges: DocEdge[] = [];
  let sum = "";
  wires.forEach((wire, i) => {
    const [w, m] = [id(`w${i + 1}`), id(`m${i + 1}`)];
    rename.set(w, wire.id);
    nodes.push(param(w, `w${i + 1}`, start.get(wire.id)!), op(m, "mul"));
    edges.push(e(w, m, "a"), { ...e(wire.source, m, "b"), sourceHandle: wire.sourceHandle });
    if (i === 0) sum = m;
    else {
      const s = id(`s${i + 1}`);
      nodes.push(op(s, "add"));
      edges.push(e(sum, s, "a"), e(m, s, "b"));
      sum = s;
    }
  });
  nodes.push(param(id("b"), "b", start.get(neuronId)!), op(id("sum"), "add"));
  edges.push(e(sum, id("sum"), "a"), e(id("b"), id("sum"), "b"));
  const act = op(neuronId, "activation", { fn: neuron.params.activation ?? "tanh" }, neuron.label);
  edges.push(e(id("sum"), neuronId, "x"));
  const laid = layout([...nodes, act], edges, 130, 70);
  const shift = { x: neuron.position.x - laid.at(-1)!.position.x, y: neuron.position.y - laid.at(-1)!.position.y };
  const moved = laid.map((n) => ({ ...n, position: { x: n.position.x + shift.x, y: n.position.y + shift.y } }));
  const result = replaced(doc, [neuronId], new Set(wires.map((w) => w.id)), moved, edges);
  const repeated = repeatedId(result.nodes.map((n) => n.id)) ?? repeatedId(result.edges.map((w) => w.id));
  if (repeated) return refuse(`"${repeated}" would be used twice; rename ${neuronId} first`);
  if (!trainedFits(doc.trained, current.size)) return { ok: true, doc: result };
  const trained = trainedFor(result, doc.trained, (owner) => current.get(rename.get(owner) ?? owner)!);
  return { ok: true, doc: { ...result, trained } };
}

/**
 * `doc` without the nodes `gone` (the first one's place takes `nodes`), without the edges `goneEdges` and any
 * edge touching a gone node other than the first's outgoing ones (the first removed edge's place takes `edges`).
 */
export function replaced(
  doc: GraphDoc,
  gone: readonly string[],
  goneEdges: ReadonlySet<string>,
  nodes: DocNode[],
  edges: DocEdge[],
): GraphDoc {
  const [kept, ...inner] = gone;
  const innerSet = new Set(inner);
  const isGone = (n: DocNode) => n.id === kept || innerSet.has(n.id);
  const at = doc.nodes.findIndex((n) => n.id === kept);
  const keptNodes = doc.nodes.filter((n) => !isGone(n));
  keptNodes.splice(doc.nodes.slice(0, at).filter((n) => !isGone(n)).length, 0, ...nodes);
  const drop = (w: DocEdge) => goneEdges.has(w.id) || innerSet.has(w.source) || innerSet.has(w.target);
  const first = doc.edges.findIndex(drop);
  const keptEdges = doc.edges.filter((w) => !drop(w));
  const before = first < 0 ? keptEdges.length : doc.edges.slice(0, first).filter((w) => !drop(w)).length;
  keptEdges.splice(before, 0, ...edges);
  return { ...doc, nodes: keptNodes, edges: keptEdges };
}

function refuse(detail: string): ZoomResult {
  return { ok: false, problems: [problem("cannot-expand", [detail])] };
}
