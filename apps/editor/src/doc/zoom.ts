import type { GraphDoc, ZoomResult } from "@nudge/graph";
import { settleLayout, type FlowLike } from "../canvas/settle";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { keepRun, structureKey, withRun } from "../training/kept";

/**
 * Moves the document to another zoom level (`@nudge/graph`'s expand and collapse), one undo step: the run so
 * far maps across and is kept for the new structure, so the trainer resumes it; a refusal is said, the graph
 * is unchanged. With `flow`, the new nodes are laid out and brought into view.
 */
export async function zoomDoc(transform: (doc: GraphDoc) => ZoomResult, flow?: FlowLike): Promise<boolean> {
  const result = transform(withRun(useDoc.getState().doc));
  if (!result.ok) {
    const why = result.problems.slice(0, 2).map((p) => p.message + (p.nodeId ? ` (node ${p.nodeId})` : ""));
    useUi.getState().notify("error", `${why.join(" ")} Your graph is unchanged.`);
    return false;
  }
  const { trained, ...next } = result.doc;
  keepRun(structureKey(next), trained);
  useDoc.getState().replaceDoc(next);
  if (flow) await settleLayout(flow);
  return true;
}
