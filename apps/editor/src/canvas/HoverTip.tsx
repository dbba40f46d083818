import { useCallback, useRef, useState, type MouseEvent } from "react";
import { edgeShapes } from "../doc/graph-api";
import { useDoc } from "../store/app-store";
import { useTraining } from "../training/training-store";
import { edgeFormula, nodeFormula } from "./formula";

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
    timer.current = window.setTimeout(() => { setAt(pos); setTarget(t); }, 250);
  }, []);
  const hide = useCallback(() => { window.clearTimeout(timer.current); setTarget(null); }, []);
  return { target, at, show, hide };
}

/** The formula of the hovered node or edge with live numbers. */
export function HoverTip({ target, at }: { target: TipTarget | null; at: { x: number; y: number } }) {
  const doc = useDoc((s) => s.doc);
  const snap = useTraining((s) => s.snapshot);
  if (!target) return null;
  const lines = target.node ? nodeFormula(doc, snap, target.node) : edgeFormula(doc, snap, target.edge!, edgeShapes(doc).get(target.edge!));
  return (
    <div className="nn-tip" role="tooltip" style={{ left: at.x, top: at.y }}>
      {lines.map((l, i) => <div key={i} className={i === 0 ? "nn-tip-head" : undefined}>{l}</div>)}
    </div>
  );
}
