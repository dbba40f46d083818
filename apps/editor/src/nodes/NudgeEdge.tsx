import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { useTraining } from "../training/training-store";
import { fmt, signWord } from "./format";

/** React Flow data of a document edge. */
export interface NudgeEdgeData extends Record<string, unknown> {
  weight?: number;
  shape?: string;
  /** Many wires: show the label only when selected. */
  compact?: boolean;
}
export type NudgeFlowEdge = Edge<NudgeEdgeData, "nudge">;

/** A wire: colour and line style by the weight's sign, width by |weight|, a glow by |gradient| while training. */
export const NudgeEdge = memo(function NudgeEdge(props: EdgeProps<NudgeFlowEdge>) {
  const { id, data, selected } = props;
  const live = useTraining((s) => s.snapshot?.edges[id]);
  const running = useTraining((s) => s.status === "running");
  const [path, lx, ly] = getBezierPath(props);
  const w = live?.weight ?? data?.weight;
  const g = live?.grad ?? 0;
  const hasW = w !== undefined;
  const sign = !hasW ? "none" : w >= 0 ? "pos" : "neg";
  const width = hasW ? Math.min(6, 0.8 + Math.abs(w) * 1.6) : 1.5;
  const glow = running ? Math.min(1, Math.abs(g) * 20) : 0;
  return (
    <>
      {glow > 0.05 && <path d={path} className="nn-edge-glow" style={{ strokeWidth: width + 6, opacity: glow * 0.5 }} />}
      <BaseEdge id={id} path={path} className={`nn-edge nn-edge-${sign}${selected ? " is-selected" : ""}`}
        style={{ strokeWidth: width }} interactionWidth={14} />
      {(!data?.compact || selected) && <EdgeLabelRenderer>
        <div className="nn-edge-label nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)` }}
          data-testid={`edge-label-${id}`}
          title={hasW ? `weight ${fmt(w)} (${signWord(w)}), gradient ${fmt(g)}` : "tensor shape on this wire"}>
          {data?.shape && <span className="nn-shape">{data.shape}</span>}
          {hasW && <span className={`nn-w nn-w-${sign}`}>{fmt(w, 2)}</span>}
        </div>
      </EdgeLabelRenderer>}
    </>
  );
});
