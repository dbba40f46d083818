import { formatNumber, GradCheckPanel } from "@nudge/ui";
import { useMemo } from "react";
import { getKind } from "@nudge/graph";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { call, useControls } from "../training/controls";
import { useTraining } from "../training/training-store";
import { compileExpression, gradientByDifferences } from "./gradient-check";
import { runPass } from "./passes";

/** Forward, Backward, one op at a time, and "check my gradient" for expression graphs. */
export function ExpressionPanel() {
  const ready = useControls((s) => s.trainer !== null);
  const problem = useControls((s) => s.problem);
  const op = useTraining((s) => s.snapshot?.op);
  const selected = useUi((s) => s.selectedNodes[0]);
  const doc = useDoc((s) => s.doc);
  const snap = useTraining((s) => s.snapshot);
  const loading = useControls((s) => s.loading);
  const off = !ready || loading || !!problem;
  const node = doc.nodes.find((n) => n.id === selected);
  const empty = doc.nodes.length === 0;
  const nameOf = (id: string) => doc.nodes.find((n) => n.id === id)?.label ?? id;
  const compiled = useMemo(() => compileExpression(doc), [doc]);
  const rootId = compiled.ok ? compiled.graph.rootId : undefined;
  const root = doc.nodes.find((n) => n.id === rootId);
  const params = doc.nodes.filter((n) => getKind(n.kind)?.leaf === "parameter").slice(0, 8);
  const fd = useMemo(() => (node ? gradientByDifferences(compiled, node.id) : null), [compiled, node]);
  const backprop = node ? snap?.nodes[node.id]?.grad : undefined;
  return (
    <section className="nn-panel" aria-label="Expression">
      <h2>Expression</h2>
      <div className="nn-controls">
        <button
          type="button"
          className="nudge-button nudge-button--primary"
          disabled={off}
          onClick={() => void runPass("forward")}
        >
          Forward
        </button>
        <button
          type="button"
          className="nudge-button nudge-button--primary"
          disabled={off}
          onClick={() => void runPass("backward")}
        >
          Backward
        </button>
        <button type="button" className="nudge-button" disabled={off} onClick={() => void runPass("clear")}>
          Clear
        </button>
      </div>
      <div className="nn-controls">
        <button
          type="button"
          className="nudge-button"
          disabled={off}
          onClick={() => call("stepOp", "back")}
          aria-label="Step one op back"
        >
          ◀ op back
        </button>
        <button
          type="button"
          className="nudge-button"
          disabled={off}
          onClick={() => call("stepOp", "forward")}
          aria-label="Step one op forward"
        >
          op forward ▶
        </button>
        <span className="nn-muted" data-testid="op-cursor">
          {op ? `${op.phase} · op ${op.index}/${op.total}${op.nodeId ? ` · ${nameOf(op.nodeId)}` : ""}` : ""}
        </span>
      </div>
      {root && (
        <p className="nn-root" data-testid="expression-output">
          output <strong>{root.label ?? root.id}</strong> ={" "}
          <span className="nn-mono">{formatNumber(snap?.nodes[root.id]?.value ?? undefined)}</span>
        </p>
      )}
      {snap?.error && (
        <p className="nn-problem" role="alert" data-testid="expression-error">
          {snap.error.message}
        </p>
      )}
      {params.length > 0 && (
        <table className="nn-leaves" aria-label="Parameters: value and gradient">
          <thead>
            <tr>
              <th scope="col">parameter</th>
              <th scope="col">value</th>
              <th scope="col">grad</th>
            </tr>
          </thead>
          <tbody>
            {params.map((p) => (
              <tr key={p.id} data-testid={`leaf-${p.id}`}>
                <th scope="row">{p.label ?? p.id}</th>
                <td>
                  {formatNumber(
                    snap?.nodes[p.id]?.value ?? (typeof p.params.value === "number" ? p.params.value : undefined),
                  )}
                </td>
                <td>{formatNumber(snap?.nodes[p.id]?.grad ?? undefined)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {empty ? (
        <p className="nn-muted" data-testid="empty-hint">
          Add a node from the palette: a Parameter for each number (a, b, c), then ops such as Multiply and Add.
        </p>
      ) : (
        problem && (
          <p className="nn-problem" role="alert">
            Cannot run yet: {problem}
          </p>
        )
      )}
      {!node && (
        <p className="nn-muted">
          Check my gradient: select a node on the canvas, work out ∂output/∂node by hand, and type it here.
        </p>
      )}
      {node && fd && "error" in fd && (
        <p className="nn-problem" role="alert">
          {fd.error}
        </p>
      )}
      {node && fd && "value" in fd && (
        <GradCheckPanel
          key={node.id}
          target={`∂${root ? (root.label ?? root.id) : "output"}/∂${node.label ?? node.id}`}
          backprop={backprop ?? undefined}
          finiteDifference={fd.value}
          h={1e-5}
        />
      )}
    </section>
  );
}
