import { EdgeLabel, EdgePath } from "@nudge/ui";
import { EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { useTraining } from "../training/training-store";

/** React Flow data of a document edge. */
export interface NudgeEdgeData extends Record<string, unknown> {
  weight?: number;
  shape?: number[];
  /** Layer graphs: the label shows the batch dimension before the per-example shape (`[n, 3, 10]`). */
  batch?: boolean;
  /** Many wires: show the label only when selected. */
  compact?: boolean;
  /** Few wires: the label also shows the weight. */
  numbers?: boolean;
  /** The wire's look is painted on the edge canvas; the SVG path only shows selection and takes the pointer. */
  painted?: boolean;
}
export type NudgeFlowEdge = Edge<NudgeEdgeData, "nudge">;

/** A wire drawn by @nudge/ui: hue and dash by the weight's sign, width by |weight|, glow by |gradient| while training. */
export const NudgeEdge = memo(function NudgeEdge(props: EdgeProps<NudgeFlowEdge>) {
  const { id, data, selected } = props;
  // "scalar" is said once, in the canvas legend, and on the selected wire; other shapes stay on every wire.
  const shape = data?.shape?.length === 0 && !selected ? undefined : data?.shape;
  const showLabel =
    (!data?.compact || selected) && (selected || shape !== undefined || (data?.numbers && data.weight !== undefined));
  const live = useTraining((s) => (showLabel || !data?.painted ? s.snapshot?.edges[id] : undefined));
  const running = useTraining((s) => !data?.painted && s.status === "running");
  const [path, lx, ly] = getBezierPath(props);
  const weight = live?.weight ?? data?.weight;
  return (
    <>
      <g className={data?.painted && !selected ? "nn-edge-hit" : undefined}>
        <EdgePath
          d={path}
          id={id}
          weight={weight}
          grad={running ? live?.grad : undefined}
          selected={selected}
          maxAbsGrad={0.2}
        />
      </g>
      {showLabel && (
        <EdgeLabelRenderer>
          <div
            className="nn-edge-label nodrag nopan"
            data-testid={`edge-label-${id}`}
            style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)` }}
          >
            <EdgeLabel
              weight={data?.numbers || selected ? weight : undefined}
              grad={selected ? live?.grad : undefined}
              shape={shape}
              batch={data?.batch}
            />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
