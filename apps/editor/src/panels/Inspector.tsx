import { InspectorPanel, NumberField, SelectField, type InspectorField } from "@nudge/ui";
import { getKind } from "../doc/graph-api";
import type { GraphDoc } from "../doc/types";
import { withTrainedValues } from "../store/trained";
import { fmt } from "../nodes/format";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { useTraining } from "../training/training-store";

/** Edit the selected node's parameters and incoming weights, or the selected wire's weight (@nudge/ui `InspectorPanel`). */
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
  if (!node && !edge) return <div className="nn-panel nn-inspector"><InspectorPanel title="Inspector" explain="Select a node or a wire to see and edit its numbers." /></div>;
  if (edge) {
    const live = snap?.edges[edge.id];
    return (
      <div className="nn-panel nn-inspector">
        <InspectorPanel title={`Wire ${edge.source} → ${edge.target}`} fields={[{ name: "weight", label: "weight", value: live?.weight ?? edge.weight, placeholder: "random" }]}
          onFieldChange={(_, v) => setWeight(edge.id, v)}>
          {live && <p className="nn-muted">gradient {fmt(live.grad)}</p>}
        </InspectorPanel>
      </div>
    );
  }
  const n = node!;
  const kind = getKind(n.kind);
  const incoming = doc.edges.filter((e) => e.target === n.id && (e.weight !== undefined || n.kind === "neuron")).slice(0, 24);
  const weights: InspectorField[] = incoming.map((e) => ({ name: e.id, label: `w from ${e.source}`, value: snap?.edges[e.id]?.weight ?? e.weight, placeholder: "random" }));
  const trained = snap?.nodes[n.id]?.param;
  return (
    <div className="nn-panel nn-inspector">
      <InspectorPanel title={`${kind?.label ?? n.kind} ${n.label ?? n.id}`} explain={kind?.explain} fields={weights} fieldsTitle="Incoming weights"
        onFieldChange={(id, v) => setWeight(id, v)}>
        <label className="nudge-field">
          <span className="nudge-field__label">name</span>
          <input className="nudge-input" aria-label="name" defaultValue={n.label ?? n.id} key={n.id}
            onBlur={(e) => { const v = e.target.value.trim(); if (v && v !== (n.label ?? n.id)) useDoc.getState().setLabel(n.id, v.slice(0, 60)); }}
            onKeyDown={(e) => { if (e.key === "Enter") (e.target as HTMLInputElement).blur(); }} />
        </label>
        {kind?.params.map((p) => p.boolean ? (
          <label key={p.name} className="nudge-field nn-check">
            <input type="checkbox" aria-label={p.label} checked={n.params[p.name] !== false} onChange={(e) => setParam(n.id, p.name, e.target.checked)} />
            <span className="nudge-field__label">{p.label}</span>
          </label>
        ) : p.options ? (
          <SelectField key={p.name} label={p.label} value={String(n.params[p.name] ?? p.default)} options={p.options.map((o) => ({ value: o, label: o }))}
            onChange={(v) => setParam(n.id, p.name, v)} />
        ) : (
          <NumberField key={p.name} label={p.label} min={p.min} max={p.max}
            value={p.name === kind.spec.trainable && trained !== undefined ? trained : Number(n.params[p.name] ?? p.default)}
            onChange={(v) => setParam(n.id, p.name, v)} />
        ))}
      </InspectorPanel>
    </div>
  );
}
