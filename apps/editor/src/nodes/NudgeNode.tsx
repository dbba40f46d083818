import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { getKind } from "../doc/graph-api";
import type { DocNode } from "../doc/types";
import { useTraining } from "../training/training-store";
import { fmt } from "./format";
import { NodeMap } from "./NodeMap";

/** React Flow data of a document node. */
export interface NudgeNodeData extends Record<string, unknown> {
  node: DocNode;
}
export type NudgeFlowNode = Node<NudgeNodeData, "nudge">;

const portTop = (i: number, n: number) => `${((i + 1) / (n + 1)) * 100}%`;

function paramLine(node: DocNode): string {
  const p = node.params;
  if (node.kind === "value" || node.kind === "constant") return `= ${fmt(Number(p.value))}`;
  if (node.kind === "neuron") return `${String(p.activation ?? "tanh")} · b ${fmt(Number(p.bias ?? 0), 2)}`;
  if (node.kind === "dense") return `${String(p.units)} units · ${String(p.activation)}`;
  if (node.kind === "activation") return String(p.activation ?? p.fn ?? "");
  if (node.kind === "input") return `feature ${String(p.feature)}`;
  if (node.kind === "loss") return String(p.loss ?? "");
  return "";
}

/** A document node on the canvas: the body with one Handle per port, value and grad from the latest snapshot. */
export const NudgeNode = memo(function NudgeNode({ id, data, selected }: NodeProps<NudgeFlowNode>) {
  const kind = getKind(data.node.kind);
  const vg = useTraining((s) => s.snapshot?.nodes[id]);
  const map = useTraining((s) => s.snapshot?.nodeMaps?.[id]);
  const active = useTraining((s) => s.activeNode === id);
  const inputs = kind?.inputs ?? [];
  const outputs = kind?.outputs ?? [];
  const title = data.node.label ?? data.node.id;
  return (
    <div className={`nn-node nn-${kind?.category ?? "ops"}${selected ? " is-selected" : ""}${active ? " is-active" : ""}`}
      data-testid={`node-${id}`} aria-label={`${kind?.label ?? data.node.kind} ${title}`}>
      {inputs.map((p, i) => (
        <Handle key={p.name} id={p.name} type="target" position={Position.Left} style={{ top: portTop(i, inputs.length) }}
          className="nn-handle" aria-label={`${title} input ${p.label}`} title={p.label} />
      ))}
      <div className="nn-node-head">
        <span className="nn-node-kind">{kind?.label ?? data.node.kind}</span>
        <span className="nn-node-id">{title}</span>
      </div>
      <div className="nn-node-params">{paramLine(data.node)}</div>
      {map && <NodeMap values={map} />}
      {vg && (
        <div className="nn-node-vals">
          <span title="value for the focus example">v {fmt(vg.value)}</span>
          <span title="gradient of the loss">g {fmt(vg.grad)}</span>
        </div>
      )}
      {outputs.map((p, i) => (
        <Handle key={p.name} id={p.name} type="source" position={Position.Right} style={{ top: portTop(i, outputs.length) }}
          className="nn-handle" aria-label={`${title} output ${p.label}`} title={p.label} />
      ))}
    </div>
  );
});
