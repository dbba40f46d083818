import type { GraphMode } from "@nudge/graph";
import { Panel } from "@xyflow/react";
import { useDoc } from "../store/app-store";

const start: Record<GraphMode, string> = {
  expression: "Drag a Parameter from the palette for each number (a, b, c), then ops such as Multiply and Add.",
  neurons: "Drag an Input for each feature, then Neurons and an Output, from the palette.",
  layers: "Drag Features, then Dense layers and an Output, from the palette.",
};

/** A calm first step on an empty canvas, for the document's mode. */
export function EmptyHint() {
  const mode = useDoc((s) => (s.doc.nodes.length === 0 ? s.doc.mode : null));
  if (!mode) return null;
  return (
    <Panel position="top-center" className="nn-empty-hint" data-testid="canvas-empty-hint">
      <strong>An empty {mode === "expression" ? "expression" : "network"}.</strong> {start[mode]} Then drag from a
      node&apos;s output dot to another&apos;s input dot to wire them (or Tab to a dot and press Enter).
    </Panel>
  );
}
