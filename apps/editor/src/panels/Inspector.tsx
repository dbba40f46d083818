import { getKind } from "../doc/graph-api";
import type { GraphDoc } from "../doc/types";
import { withTrainedValues } from "../store/trained";
import { fmt } from "../nodes/format";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { useTraining } from "../training/training-store";
import { NumberField } from "./NumberField";

/** Edit the selected node's parameters and incoming weights, or the selected wire's weight. */
export function Inspector() {
  const doc = useDoc((s) => s.doc);
  const nodeId = useUi((s) => s.selectedNodes[0]);
  const edgeId = useUi((s) => s.selectedEdges[0]);
  const snap = useTraining((s) => s.snapshot);
  const edit = (change: (doc: GraphDoc) => GraphDoc) => useDoc.getState().replaceDoc(change(withTrainedValues(useDoc.getState().doc, useTraining.getState().snapshot)));
  const setWeight = (id: string, w: number) => edit((d) => ({ ...d, edges: d.edges.map((e) => (e.id === id ? { ...e, weight: w } : e)) }));
  const setParam = (id: string, name: string, v: number | string | boolean) =>
    edit((d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === id ? { ...n, params: { ...n.params, [name]: v } } : n)) }));
  const node = doc.nodes.find((n) => n.id === nodeId);
  const edge = !node ? doc.edges.find((e) => e.id === edgeId) : undefined;
  if (!node && !edge) return <section className="nn-panel nn-inspector"><h2>Inspector</h2><p className="nn-muted">Select a node or a wire to see and edit its numbers.</p></section>;
  if (edge) {
    const live = snap?.edges[edge.id];
    return (
      <section className="nn-panel nn-inspector" aria-label="Inspector">
        <h2>Wire {edge.source} → {edge.target}</h2>
        <NumberField label="weight" step={0.1} value={live?.weight ?? edge.weight} onCommit={(v) => setWeight(edge.id, v)} />
        {live && <p className="nn-muted">gradient {fmt(live.grad)}</p>}
      </section>
    );
  }
  const kind = getKind(node!.kind);
  const incoming = doc.edges.filter((e) => e.target === node!.id && e.weight !== undefined || (e.target === node!.id && node!.kind === "neuron"));
  return (
    <section className="nn-panel nn-inspector" aria-label="Inspector">
      <h2>{kind?.label ?? node!.kind} <span className="nn-muted">{node!.label ?? node!.id}</span></h2>
      <p className="nn-explain">{kind?.explain}</p>
      <label className="nn-field">
        <span>name</span>
        <input aria-label="name" defaultValue={node!.label ?? node!.id} key={node!.id}
          onBlur={(e) => { const v = e.target.value.trim(); if (v && v !== (node!.label ?? node!.id)) useDoc.getState().setLabel(node!.id, v.slice(0, 60)); }}
          onKeyDown={(e) => { if (e.key === "Enter") (e.target as HTMLInputElement).blur(); }} />
      </label>
      {kind?.params.map((p) => p.boolean ? (
        <label key={p.name} className="nn-field">
          <span>{p.label}</span>
          <input type="checkbox" aria-label={p.label} checked={node!.params[p.name] !== false} onChange={(e) => setParam(node!.id, p.name, e.target.checked)} />
        </label>
      ) : p.options ? (
        <label key={p.name} className="nn-field">
          <span>{p.label}</span>
          <select aria-label={p.label} value={String(node!.params[p.name] ?? p.default)} onChange={(e) => setParam(node!.id, p.name, e.target.value)}>
            {p.options.map((o) => <option key={o}>{o}</option>)}
          </select>
        </label>
      ) : (
        <NumberField key={p.name} label={p.label} step={p.step} min={p.min} max={p.max} value={p.name === kind.spec.trainable && snap?.nodes[node!.id]?.param !== undefined ? snap.nodes[node!.id]!.param : Number(node!.params[p.name] ?? p.default)}
          onCommit={(v) => setParam(node!.id, p.name, v)} />
      ))}
      {incoming.length > 0 && <h3>Incoming weights</h3>}
      {incoming.slice(0, 24).map((e) => (
        <NumberField key={e.id} label={`w from ${e.source}`} step={0.1} value={snap?.edges[e.id]?.weight ?? e.weight}
          placeholder="random" onCommit={(v) => setWeight(e.id, v)} />
      ))}
    </section>
  );
}
