import { useConnection } from "@xyflow/react";
import { canConnect } from "@nudge/graph";
import { useDoc } from "../store/app-store";

/** While a wire is dragged over a port that refuses it, says why, next to the pointer. */
export function ConnectionHint() {
  const c = useConnection();
  if (!c.inProgress || !c.toHandle || c.isValid !== false || !c.pointer) return null;
  const from = c.fromHandle.type === "source" ? c.fromHandle : c.toHandle;
  const to = c.fromHandle.type === "source" ? c.toHandle : c.fromHandle;
  const res = canConnect(useDoc.getState().doc, {
    source: from.nodeId,
    sourceHandle: from.id ?? "out",
    target: to.nodeId,
    targetHandle: to.id ?? "in",
  });
  if (res.ok) return null;
  return (
    <div className="nn-connect-hint" role="status" style={{ left: c.pointer.x + 14, top: c.pointer.y + 14 }}>
      ✗ {res.reason}
    </div>
  );
}
