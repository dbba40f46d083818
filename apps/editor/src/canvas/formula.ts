import type { GraphDoc } from "../doc/types";
import { fmt } from "../nodes/format";
import type { Snapshot } from "../training/snapshot";

const paren = (s: string) => (s.startsWith("−") ? `(${s})` : s);

const OPS: Record<string, string> = { add: "+", mul: "·", sub: "−", div: "/" };

/** The formula of a node with the focus example's numbers plugged in (Playground #126). */
export function nodeFormula(doc: GraphDoc, snap: Snapshot | null, id: string): string[] {
  const node = doc.nodes.find((n) => n.id === id);
  if (!node) return [];
  const v = (nid: string) => snap?.nodes[nid]?.value ?? undefined;
  const name = (nid: string) => doc.nodes.find((n) => n.id === nid)?.label ?? nid;
  const ins = doc.edges.filter((e) => e.target === id);
  const me = snap?.nodes[id];
  const tail = me ? [`value ${fmt(me.value)}   ∂loss/∂${name(id)} = ${fmt(me.grad)}`] : ["Press Step or Forward to see numbers."];
  if (node.kind === "neuron") {
    const act = String(node.params.activation ?? "tanh");
    const terms = ins.map((e) => `${fmt(snap?.edges[e.id]?.weight ?? e.weight, 2)}·${name(e.source)}`);
    const nums = ins.map((e) => `${fmt(snap?.edges[e.id]?.weight ?? e.weight, 2)}·${paren(fmt(v(e.source), 2))}`);
    const b = fmt(snap?.nodes[id]?.param ?? Number(node.params.bias ?? 0), 2);
    return [`${act}(${[...terms, b].join(" + ")})`, `= ${act}(${[...nums, b].join(" + ")})`, ...tail];
  }
  if (OPS[node.kind] && ins.length === 2) {
    const [a, b] = ins.sort((x, y) => x.targetHandle.localeCompare(y.targetHandle));
    return [`${name(a!.source)} ${OPS[node.kind]} ${name(b!.source)}`, `= ${paren(fmt(v(a!.source)))} ${OPS[node.kind]} ${paren(fmt(v(b!.source)))}`, ...tail];
  }
  if (ins.length === 1) return [`${node.kind}(${name(ins[0]!.source)}) = ${node.kind}(${fmt(v(ins[0]!.source))})`, ...tail];
  return [`${node.label ?? node.id}: ${node.kind}`, ...tail];
}

/** What a wire carries: weight × input, and the weight's gradient. */
export function edgeFormula(doc: GraphDoc, snap: Snapshot | null, id: string, shape?: number[]): string[] {
  const e = doc.edges.find((x) => x.id === id);
  if (!e) return [];
  const carries = shape ? `tensor shape per example: ${shape.length === 0 ? "scalar" : `[${shape.join(", ")}]`}` : "";
  const live = snap?.edges[id];
  const w = live?.weight ?? e.weight;
  const x = snap?.nodes[e.source]?.value ?? undefined;
  if (w === undefined) return [`${e.source} → ${e.target} (${e.targetHandle})`, x === undefined ? "" : `carries ${fmt(x)}`, carries].filter(Boolean);
  return [
    `w = ${fmt(w)} (${w >= 0 ? "solid: positive" : "dashed: negative"})`,
    x === undefined ? `w · ${e.source}` : `w · ${e.source} = ${fmt(w, 3)} · ${paren(fmt(x, 3))} = ${fmt(w * x)}`,
    live ? `∂loss/∂w = ${fmt(live.grad)}` : "",
    carries,
  ].filter(Boolean);
}
