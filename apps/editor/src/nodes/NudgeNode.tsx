import { Handle, Position, useStore, type Node, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { getKind } from "../doc/graph-api";
import type { DocNode } from "../doc/types";
import { toyInfo } from "@nudge/graph";
import { useDoc } from "../store/app-store";
import { useControls } from "../training/controls";
import { useTraining } from "../training/training-store";
import { MiniNode } from "./MiniNode";
import { NodeBody } from "./NodeBody";

/** React Flow data of a document node. */
export interface NudgeNodeData extends Record<string, unknown> {
  node: DocNode;
  /** Expressions flow top to bottom: inputs on top, output below. */
  vertical?: boolean;
  /** Output shape per example (layer graphs only). */
  shape?: number[];
  /** A big network: neurons show as output-map tiles until zoomed in closely. */
  mini?: boolean;
}
export type NudgeFlowNode = Node<NudgeNodeData, "nudge">;

const spread = (i: number, n: number) => `${((i + 1) / (n + 1)) * 100}%`;

/** A document node on the canvas: the @nudge/ui body wrapped with one Handle per port. */
export const NudgeNode = memo(function NudgeNode({ id, data, selected }: NodeProps<NudgeFlowNode>) {
  const kind = getKind(data.node.kind);
  const state = useTraining((s) => s.snapshot?.nodes[id]);
  const map = useTraining((s) => s.snapshot?.nodeMaps?.[id]);
  const mapSize = useTraining((s) => s.snapshot?.nodeMapSize);
  const loss = useTraining((s) => (data.node.kind === "loss" ? s.snapshot?.loss : undefined));
  const phase = useTraining((s) => (s.activeNode === id ? s.snapshot?.op?.phase : undefined));
  const problem = useControls((s) => s.nodeProblems[id]);
  const task = useDoc((s) => (data.node.kind === "output" && s.doc.data.kind === "toy" ? toyInfo[s.doc.data.name].task : undefined));
  const inputs = kind?.inputs ?? [];
  const outputs = kind?.outputs ?? [];
  const title = data.node.label ?? data.node.id;
  const v = data.vertical === true;
  const zoom = useStore((s) => (s.transform[2] >= 1.5 ? 2 : s.transform[2] >= 0.55 ? 1 : 0));
  const far = (data.mini ? zoom < 2 : zoom < 1) && (data.node.kind === "neuron" || data.node.kind === "input");
  return (
    <div className={problem ? "nn-node has-problem" : "nn-node"} data-testid={`node-${id}`} aria-label={`${kind?.label ?? data.node.kind} ${title}`}
      title={problem}>
      {problem && <span className="nn-node-problem" role="img" aria-label={`problem: ${problem}`}>!</span>}
      {inputs.map((p, i) => (
        <Handle key={p.name} id={p.name} type="target" position={v ? Position.Top : Position.Left} style={v ? { left: spread(i, inputs.length) } : { top: spread(i, inputs.length) }}
          className="nn-handle" aria-label={`${title} input ${p.label}`} title={`${p.label} (${p.type})`} />
      ))}
      {far ? <MiniNode label={title} map={map && mapSize ? { size: mapSize, values: map } : undefined} value={state?.value ?? undefined} selected={selected} /> : <NodeBody node={data.node} value={state?.value ?? undefined} grad={state?.grad ?? undefined} loss={loss} param={state?.param} shape={data.shape} task={task} selected={selected}
        phase={phase === "forward" || phase === "backward" ? phase : undefined} active={phase !== undefined}
        map={map && mapSize ? { size: mapSize, values: map } : undefined} />}
      {outputs.map((p, i) => (
        <Handle key={p.name} id={p.name} type="source" position={v ? Position.Bottom : Position.Right} style={v ? { left: spread(i, outputs.length) } : { top: spread(i, outputs.length) }}
          className="nn-handle" aria-label={`${title} output ${p.label}`} title={`${p.label} (${p.type})`} />
      ))}
    </div>
  );
});
