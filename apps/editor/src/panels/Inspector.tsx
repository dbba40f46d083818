import { cleanText, getKind, glmEquivalence, hasControlCharacters, zoomActions } from "@nudge/graph";
import { useReactFlow } from "@xyflow/react";
import { zoomDoc } from "../doc/zoom";
import { formatNumber, type InspectorField, InspectorPanel, NumberField, SelectField } from "@nudge/ui";
import { glmNameOf } from "../doc/glm-view";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { useTraining } from "../training/training-store";

const trained = () => useTraining.getState().snapshot;
const setWeight = (id: string, w: number) => useDoc.getState().editParams({ edges: { [id]: w } }, trained());
const setParam = (id: string, name: string, v: number | string | boolean) =>
  useDoc.getState().setParam(id, name, v, trained());

/** A typed or pasted name: control characters (tabs, line breaks) become spaces, with a word on why; an empty name keeps the old one. */
function rename(input: HTMLInputElement, id: string, current: string) {
  const label = cleanText(input.value);
  if (hasControlCharacters(input.value))
    useUi.getState().notify("info", "Names cannot hold tabs or line breaks: they became spaces.");
  if (label && label !== current) useDoc.getState().setLabel(id, label);
  input.value = label || current;
}

/** Edit the selected node's parameters and incoming weights, or the selected wire's weight (@nudge/ui `InspectorPanel`). */
export function Inspector() {
  const doc = useDoc((s) => s.doc);
  const nodeId = useUi((s) => s.selectedNodes[0]);
  const edgeId = useUi((s) => s.selectedEdges[0]);
  const snap = useTraining((s) => s.snapshot);
  const flow = useReactFlow();
  const node = doc.nodes.find((n) => n.id === nodeId);
  const edge = !node ? doc.edges.find((e) => e.id === edgeId) : undefined;
  if (!node && !edge)
    return (
      <div className="nn-panel nn-inspector">
        <InspectorPanel title="Inspector" explain="Select a node or a wire to see and edit its numbers." />
      </div>
    );
  if (edge) {
    const live = snap?.edges[edge.id];
    return (
      <div className="nn-panel nn-inspector">
        <InspectorPanel
          title={`Wire ${edge.source} → ${edge.target}`}
          fields={[{ name: "weight", label: "weight", value: live?.weight ?? edge.weight, placeholder: "random" }]}
          onFieldChange={(_, v) => setWeight(edge.id, v)}
        >
          {live && <p className="nn-muted">gradient {formatNumber(live.grad)}</p>}
        </InspectorPanel>
      </div>
    );
  }
  const n = node!;
  const kind = getKind(n.kind);
  const incoming = doc.edges
    .filter((e) => e.target === n.id && (e.weight !== undefined || e.targetHandle === kind?.weightPort))
    .slice(0, 24);
  const weights: InspectorField[] = incoming.map((e) => ({
    name: e.id,
    label: `w from ${doc.nodes.find((x) => x.id === e.source)?.label ?? e.source}`,
    value: snap?.edges[e.id]?.weight ?? e.weight,
    placeholder: "random",
  }));
  const own = snap?.nodes[n.id]?.param;
  const glm = glmNameOf(doc, n.id);
  return (
    <div className="nn-panel nn-inspector">
      <InspectorPanel
        title={`${kind?.label ?? n.kind} ${n.label ?? n.id}`}
        explain={kind?.explain}
        fields={weights}
        fieldsTitle="Incoming weights"
        onFieldChange={(id, v) => setWeight(id, v)}
      >
        {zoomActions(n).length > 0 && (
          <div className="nn-zoom" role="group" aria-label="Zoom">
            {zoomActions(n).map((a) => (
              <button key={a.label} type="button" onClick={() => void zoomDoc(a.run, flow)}>
                {a.label}
              </button>
            ))}
          </div>
        )}
        {glm && (
          <p className="nn-glm-note">
            This neuron is {glm}. {glmEquivalence}
          </p>
        )}
        <label className="nudge-field">
          <span className="nudge-field__label">name</span>
          <input
            className="nudge-input"
            aria-label="name"
            defaultValue={n.label ?? n.id}
            key={`${n.id}:${n.label ?? ""}`}
            onBlur={(e) => rename(e.target, n.id, n.label ?? n.id)}
            onKeyDown={(e) => {
              if (e.key === "Enter") (e.target as HTMLInputElement).blur();
            }}
          />
        </label>
        {Object.entries(kind?.params ?? {}).map(([name, p]) =>
          p.type === "boolean" ? (
            <label key={name} className="nudge-field nn-check">
              <input
                type="checkbox"
                aria-label={p.label}
                checked={n.params[name] !== false}
                onChange={(e) => setParam(n.id, name, e.target.checked)}
              />
              <span className="nudge-field__label">{p.label}</span>
            </label>
          ) : p.type === "enum" ? (
            <div key={name}>
              <SelectField
                label={p.label}
                value={String(n.params[name] ?? p.default)}
                options={p.options.map((o) => ({ value: o, label: o }))}
                onChange={(v) => setParam(n.id, name, v)}
              />
              {p.help?.[String(n.params[name] ?? p.default)] && (
                <p className="nn-muted nn-param-help" data-testid={`help-${name}`}>
                  {p.help[String(n.params[name] ?? p.default)]}
                </p>
              )}
            </div>
          ) : (
            <NumberField
              key={name}
              label={p.label}
              min={p.min}
              max={p.max}
              value={name === kind?.trainable && own !== undefined ? own : Number(n.params[name] ?? p.default)}
              onChange={(v) => setParam(n.id, name, v)}
            />
          ),
        )}
      </InspectorPanel>
    </div>
  );
}
