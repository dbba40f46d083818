import { formatNumber } from "@nudge/ui";
import { useCallback, useRef, useState, type MouseEvent } from "react";
import { formulaWithValues, inferShapes, wireFormulaWithValues, type GraphDoc } from "@nudge/graph";
import type { Snapshot } from "@nudge/runtime";
import { compileExpression } from "../expression/gradient-check";
import { useDoc } from "../store/app-store";
import { withTrainedValues } from "../store/trained";
import { useTraining } from "../training/training-store";

/** What the pointer is over. */
export interface TipTarget {
  node?: string;
  edge?: string;
}

/** Hover state for the formula tooltip, shown after a short delay. */
export function useHoverTip() {
  const [target, setTarget] = useState<TipTarget | null>(null);
  const [at, setAt] = useState({ x: 0, y: 0 });
  const timer = useRef<number | undefined>(undefined);
  const show = useCallback((ev: MouseEvent, t: TipTarget) => {
    const host = (ev.currentTarget as HTMLElement).closest(".nn-canvas")?.getBoundingClientRect();
    const pos = { x: ev.clientX - (host?.left ?? 0) + 14, y: ev.clientY - (host?.top ?? 0) + 14 };
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setAt(pos);
      setTarget(t);
    }, 250);
  }, []);
  const hide = useCallback(() => {
    window.clearTimeout(timer.current);
    setTarget(null);
  }, []);
  return { target, at, show, hide };
}

/** What gradients are taken of: the loss of a network, the output node (by name) of an expression. */
function gradientOf(doc: GraphDoc): string {
  if (doc.mode !== "expression") return "loss";
  const compiled = compileExpression(doc);
  const root = compiled.ok ? doc.nodes.find((n) => n.id === compiled.graph.rootId) : undefined;
  return root ? (root.label ?? root.id) : "output";
}

/** The hover card's lines: @nudge/graph's formula, in names and with the focus example's numbers (Playground #126), then the gradient. */
export function tipLines(doc: GraphDoc, snap: Snapshot | null, target: TipTarget): string[] {
  const trained = withTrainedValues(doc, snap);
  const valueOf = (id: string) => snap?.nodes[id]?.value;
  if (target.node) {
    const node = doc.nodes.find((n) => n.id === target.node);
    if (!node) return [];
    const named = formulaWithValues(trained, node.id, () => undefined);
    const plugged = snap ? formulaWithValues(trained, node.id, valueOf) : undefined;
    const grad = snap?.nodes[node.id]?.grad;
    const tail = !snap
      ? "Press Step or Forward to see numbers."
      : doc.mode === "expression" && !snap.op
        ? "Press Forward, then Backward, to see the numbers."
        : grad === undefined || grad === null
          ? ""
          : `∂${gradientOf(doc)}/∂${node.label ?? node.id} = ${formatNumber(grad)}`;
    return [named, plugged === named ? undefined : plugged, tail].filter((l): l is string => !!l);
  }
  const edge = doc.edges.find((e) => e.id === target.edge);
  if (!edge) return [];
  const live = snap?.edges[edge.id];
  const w = live?.weight ?? edge.weight;
  const shape = inferShapes(doc).get(edge.id);
  return [
    w === undefined ? undefined : `w = ${formatNumber(w)} (${w >= 0 ? "solid: positive" : "dashed: negative"})`,
    wireFormulaWithValues(doc, edge.id, valueOf, w),
    live ? `∂loss/∂w = ${formatNumber(live.grad)}` : undefined,
    shape ? `tensor shape per example: ${shape.length === 0 ? "scalar" : `[${shape.join(", ")}]`}` : undefined,
  ].filter((l): l is string => !!l);
}

/** The formula of the hovered node or edge with live numbers. */
export function HoverTip({ target, at }: { target: TipTarget | null; at: { x: number; y: number } }) {
  const doc = useDoc((s) => s.doc);
  const snap = useTraining((s) => s.snapshot);
  if (!target) return null;
  const lines = tipLines(doc, snap, target);
  return (
    <div className="nn-tip" role="tooltip" style={{ left: at.x, top: at.y }}>
      {lines.map((l, i) => (
        <div key={i} className={i === 0 ? "nn-tip-head" : undefined}>
          {l}
        </div>
      ))}
    </div>
  );
}
