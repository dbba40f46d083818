import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { cancelKeyWire } from "../canvas/keyboard-wire";
import type { Clip } from "../store/clipboard";
import { redo, undo, useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { call } from "../training/controls";
import { useTraining } from "../training/training-store";

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/** Escape drops a port picked for wiring, Space play/pause, Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl+Y redo, Ctrl/⌘+C copy, Ctrl/⌘+V paste, Ctrl/⌘+A select all. */
export function useShortcuts(): void {
  const clip = useRef<Clip | null>(null);
  const flow = useReactFlow();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      if (e.key === "Escape" && cancelKeyWire()) return;
      if (e.key === " " && !(e.target instanceof HTMLButtonElement) && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        call(useTraining.getState().status === "running" ? "pause" : "play");
        return;
      }
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === "z" && !e.shiftKey) undo();
      else if ((k === "z" && e.shiftKey) || k === "y") redo();
      else if (k === "c") {
        const ids = useUi.getState().selectedNodes;
        if (!ids.length) return;
        clip.current = useDoc.getState().copy(ids);
        useUi.getState().notify("info", `Copied ${ids.length} node${ids.length > 1 ? "s" : ""}. Ctrl+V pastes.`);
      } else if (k === "v" && clip.current) {
        const ids = new Set(useDoc.getState().paste(clip.current));
        flow.setNodes((ns) => ns.map((n) => ({ ...n, selected: ids.has(n.id) })));
      } else if (k === "a") flow.setNodes((ns) => ns.map((n) => ({ ...n, selected: true })));
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [flow]);
}
