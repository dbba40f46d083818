import type { KeyboardEvent } from "react";
import { create } from "zustand";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";

/** A port picked from the keyboard, waiting for the other end of its wire. */
export interface PickedPort {
  nodeId: string;
  port: string;
  side: "source" | "target";
  /** How the learner reads it: "a output out". */
  name: string;
}

/** The keyboard wire in progress (one at a time). */
export const useKeyWire = create<{ picked: PickedPort | null }>()(() => ({ picked: null }));

const done = () => useKeyWire.setState({ picked: null });

/** Escape anywhere: drops a picked port (true when there was one). */
export function cancelKeyWire(): boolean {
  if (!useKeyWire.getState().picked) return false;
  done();
  useUi.getState().notify("info", "Wiring cancelled.");
  return true;
}

/**
 * Enter (or C) on a focused port picks it; Enter on a port of the other side wires the two through the
 * store's `connect` (so `canConnect` refuses what a drag would, and says why); Escape cancels.
 */
export function onPortKey(e: KeyboardEvent, port: PickedPort): void {
  const key = e.key.toLowerCase();
  if (key !== "enter" && key !== "c" && key !== "escape") return;
  e.preventDefault();
  e.stopPropagation();
  const ui = useUi.getState();
  const picked = useKeyWire.getState().picked;
  if (key === "escape") {
    cancelKeyWire();
    return;
  }
  if (!picked || picked.side === port.side) {
    useKeyWire.setState({ picked: port });
    const other = port.side === "source" ? "an input port" : "an output port";
    return ui.notify("info", `Picked ${port.name}. Tab to ${other} and press Enter to wire them; Escape cancels.`);
  }
  const [from, to] = port.side === "target" ? [picked, port] : [port, picked];
  done();
  const res = useDoc.getState().connect({
    source: from.nodeId,
    sourceHandle: from.port,
    target: to.nodeId,
    targetHandle: to.port,
  });
  if (res.ok) ui.notify("info", `Wired ${from.name} → ${to.name}.`);
  else ui.notify("error", `Wire refused: ${res.reason}`);
}
