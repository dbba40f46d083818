import { PaletteList, type PaletteItem } from "@nudge/ui";
import { useReactFlow } from "@xyflow/react";
import { useMemo, useState, type PointerEvent as ReactPointerEvent } from "react";
import { nodeKinds, type NodeKindSpec } from "@nudge/graph";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { ModeSwitch, modeHints, modeNames } from "./ModeSwitch";

const kinds = Object.values(nodeKinds);
const CATEGORIES: { id: NodeKindSpec["category"]; title: string }[] = [
  { id: "inputs", title: "Data" },
  { id: "values", title: "Values" },
  { id: "neurons", title: "Neurons" },
  { id: "layers", title: "Layers" },
  { id: "activations", title: "Activations" },
  { id: "scalar ops", title: "Scalar ops" },
  { id: "outputs", title: "Output" },
];

/** Node kinds to drag onto the canvas (or click / press Enter to drop one in the middle): @nudge/ui's `PaletteList`. */
export function Palette() {
  const flow = useReactFlow();
  const mode = useDoc((s) => s.doc.mode);
  const [ghost, setGhost] = useState<{ kind: NodeKindSpec; x: number; y: number } | null>(null);

  const drop = (kind: string, x: number, y: number, free = false) => {
    const { doc } = useDoc.getState();
    const at = flow.screenToFlowPosition({ x, y });
    // Keyboard drops all land in the middle: each goes below the last instead of on top of it.
    while (free && doc.nodes.some((n) => Math.abs(n.position.x - at.x) < 60 && Math.abs(n.position.y - at.y) < 60)) {
      if (doc.mode === "expression") at.y += 110;
      else at.x += 220;
    }
    const id = useDoc.getState().addNode(kind, at);
    if (doc.nodes.length === 0) {
      const pane = document.querySelector(".nn-canvas")!.getBoundingClientRect();
      void flow.setViewport({ x: x - pane.left - at.x, y: y - pane.top - at.y, zoom: 1 });
    }
    const mode = useDoc.getState().doc.mode;
    const now = mode === doc.mode ? "" : ` No data nodes: this graph is now ${modeNames[mode]}.`;
    if (now) useUi.getState().setHint(modeHints[mode]);
    useUi
      .getState()
      .notify(
        "info",
        `Added ${id}.${now} To wire, drag from a node's output dot to another's input dot (or Tab to a dot, Enter).`,
      );
  };
  const dropCentre = (kind: string) => {
    const r = document.querySelector(".nn-canvas")!.getBoundingClientRect();
    drop(kind, r.left + r.width / 3, r.top + r.height / 3, true);
  };
  const items = useMemo<PaletteItem[]>(
    () =>
      CATEGORIES.flatMap((c) =>
        kinds
          .filter((k) => k.category === c.id && k.modes.includes(mode))
          .map((k) => ({ kind: k.kind, label: k.label, category: c.title, description: k.explain })),
      ),
    [mode],
  );
  const onPointerDown = (name: string, ev: ReactPointerEvent) => {
    const kind = kinds.find((k) => k.kind === name);
    if (ev.button !== 0 || !kind) return;
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
      if (!moved) return; // a click: onItemActivate adds it
      const over = document.elementFromPoint(e.clientX, e.clientY)?.closest(".nn-canvas");
      if (over) drop(kind.kind, e.clientX - 60, e.clientY - 20);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };

  return (
    <div className="nn-palette">
      <ModeSwitch />
      <PaletteList items={items} onItemActivate={dropCentre} onItemPointerDown={onPointerDown}>
        <section className="nn-keys" aria-label="Keyboard shortcuts">
          <h3>Keys</h3>
          <dl>
            <dt>Space</dt>
            <dd>play/pause</dd>
            <dt>Del</dt>
            <dd>delete</dd>
            <dt>Ctrl+C/V</dt>
            <dd>copy/paste</dd>
            <dt>Ctrl+Z</dt>
            <dd>undo</dd>
            <dt>Ctrl+⇧+Z</dt>
            <dd>redo</dd>
            <dt>Ctrl+A</dt>
            <dd>select all</dd>
            <dt>Tab</dt>
            <dd>to a port</dd>
            <dt title="Enter on an output port picks it; Enter on an input port wires the two">Enter</dt>
            <dd>pick, wire</dd>
            <dt>Esc</dt>
            <dd>cancel wire</dd>
          </dl>
        </section>
      </PaletteList>
      {ghost && (
        <div className="nn-ghost" style={{ left: ghost.x, top: ghost.y }}>
          {ghost.kind.label}
        </div>
      )}
    </div>
  );
}
