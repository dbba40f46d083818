import { useReactFlow } from "@xyflow/react";
import { useState, type PointerEvent as ReactPointerEvent } from "react";
import { kinds } from "../doc/graph-api";
import type { KindView } from "../doc/registry";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";

const CATEGORIES: { id: KindView["category"]; title: string }[] = [
  { id: "inputs", title: "Data" }, { id: "values", title: "Values" }, { id: "neurons", title: "Neurons" }, { id: "layers", title: "Layers" },
  { id: "activations", title: "Activations" }, { id: "scalar ops", title: "Scalar ops" }, { id: "outputs", title: "Output" },
];

/** Node kinds to drag onto the canvas (or press Enter to drop one in the middle). */
export function Palette() {
  const flow = useReactFlow();
  const mode = useDoc((s) => s.doc.mode);
  const [ghost, setGhost] = useState<{ kind: KindView; x: number; y: number } | null>(null);

  const drop = (kind: string, x: number, y: number) => {
    const wasEmpty = useDoc.getState().doc.nodes.length === 0;
    const at = flow.screenToFlowPosition({ x, y });
    const id = useDoc.getState().addNode(kind, at);
    if (wasEmpty) {
      const pane = document.querySelector(".nn-canvas")!.getBoundingClientRect();
      void flow.setViewport({ x: x - pane.left - at.x, y: y - pane.top - at.y, zoom: 1 });
    }
    useUi.getState().notify("info", `Added ${id}. To wire, drag from a node's right dot to another node's left dot.`);
  };
  const dropCentre = (kind: string) => {
    const r = document.querySelector(".nn-canvas")!.getBoundingClientRect();
    drop(kind, r.left + r.width / 2, r.top + r.height / 2);
  };
  const onPointerDown = (kind: KindView) => (ev: ReactPointerEvent) => {
    if (ev.button !== 0) return;
    ev.preventDefault();
    const start = { x: ev.clientX, y: ev.clientY };
    let moved = false;
    const move = (e: PointerEvent) => {
      moved ||= Math.hypot(e.clientX - start.x, e.clientY - start.y) > 4;
      if (moved) setGhost({ kind, x: e.clientX, y: e.clientY });
    };
    const up = (e: PointerEvent) => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      setGhost(null);
      if (!moved) return dropCentre(kind.kind);
      const over = document.elementFromPoint(e.clientX, e.clientY)?.closest(".nn-canvas");
      if (over) drop(kind.kind, e.clientX - 60, e.clientY - 20);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };

  return (
    <nav className="nn-palette" aria-label="Palette">
      {CATEGORIES.map((c) => {
        const items = kinds.filter((k) => k.category === c.id && k.modes.includes(mode));
        if (!items.length) return null;
        return (
          <section key={c.id}>
            <h3>{c.title}</h3>
            {items.map((k) => (
              <button key={k.kind} type="button" className={`nn-palette-item nn-cat-${k.category.replace(" ", "-")}`} aria-label={k.label}
                title={k.explain} onPointerDown={onPointerDown(k)}
                onKeyDown={(e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); dropCentre(k.kind); } }}>
                {k.label}
              </button>
            ))}
          </section>
        );
      })}
      <section className="nn-keys" aria-label="Keyboard shortcuts">
        <h3>Keys</h3>
        <dl>
          <dt>Space</dt><dd>play/pause</dd>
          <dt>Del</dt><dd>delete</dd>
          <dt>Ctrl+C/V</dt><dd>copy/paste</dd>
          <dt>Ctrl+Z</dt><dd>undo</dd>
          <dt>Ctrl+⇧+Z</dt><dd>redo</dd>
          <dt>Ctrl+A</dt><dd>select all</dd>
        </dl>
      </section>
      {ghost && <div className="nn-ghost" style={{ left: ghost.x, top: ghost.y }}>{ghost.kind.label}</div>}
    </nav>
  );
}
