import { defaultParams, getKind, kindSymbol, toyInfo, type DocNode, type PortSpec } from "@nudge/graph";
import { nodeViews, type NodeViewProps } from "@nudge/ui";
import { Handle, Position, useStore, type Node, type NodeProps, type NodeTypes } from "@xyflow/react";
import { memo, useMemo, type ComponentType } from "react";
import { onPortKey, useKeyWire } from "../canvas/keyboard-wire";
import { glmNameOf } from "../doc/glm-view";
import { useDoc } from "../store/app-store";
import { useControls } from "../training/controls";
import { useTraining } from "../training/training-store";
import { MiniNode } from "./MiniNode";

/** React Flow data of a document node. */
export interface NudgeNodeData extends Record<string, unknown> {
  node: DocNode;
  /** Expressions flow top to bottom: inputs on top, output below. */
  vertical?: boolean;
  /** Output shape per example (layer graphs only). */
  shape?: number[];
  /** A big network: tile kinds show as output-map tiles until zoomed in closely. */
  mini?: boolean;
}
/** A document node on the canvas; its React Flow type is its kind's view family (`display.view`). */
export type NudgeFlowNode = Node<NudgeNodeData, string>;

const spread = (i: number, n: number) => `${((i + 1) / (n + 1)) * 100}%`;

/** One React Flow Handle per port, spread along the node's input (target) or output (source) side; each is focusable and wires from the keyboard. */
function PortHandles(props: {
  nodeId: string;
  ports: readonly PortSpec[];
  type: "target" | "source";
  title: string;
  vertical: boolean;
}) {
  const { nodeId, ports, type, title, vertical } = props;
  const picked = useKeyWire((s) => (s.picked?.nodeId === nodeId && s.picked.side === type ? s.picked.port : null));
  const side =
    type === "target" ? (vertical ? Position.Top : Position.Left) : vertical ? Position.Bottom : Position.Right;
  const word = type === "target" ? "input" : "output";
  return ports.map((p, i) => {
    const name = `${title} ${word} ${p.label}`;
    return (
      <Handle
        key={p.name}
        id={p.name}
        type={type}
        position={side}
        style={vertical ? { left: spread(i, ports.length) } : { top: spread(i, ports.length) }}
        className={picked === p.name ? "nn-handle is-picked" : "nn-handle"}
        tabIndex={0}
        role="button"
        aria-label={`${name} port`}
        aria-pressed={picked === p.name}
        title={`${p.label} (${p.type}): Enter picks it to wire`}
        onKeyDown={(e) => onPortKey(e, { nodeId, port: p.name, side: type, name })}
      />
    );
  });
}

/** The frame every family shares: one Handle per port, the problem badge, and the node's live numbers for its view. */
function NodeFrame({ id, data, selected, View }: NodeProps<NudgeFlowNode> & { View: ComponentType<NodeViewProps> }) {
  const { node } = data;
  const spec = getKind(node.kind);
  const display = spec?.display;
  const state = useTraining((s) => s.snapshot?.nodes[id]);
  const map = useTraining((s) => s.snapshot?.nodeMaps?.[id]);
  const mapSize = useTraining((s) => s.snapshot?.nodeMapSize);
  const loss = useTraining((s) => (display?.showsLoss ? s.snapshot?.loss : undefined));
  const phase = useTraining((s) => (s.activeNode === id ? s.snapshot?.op?.phase : undefined));
  const stopped = useTraining((s) => (s.snapshot?.error?.nodeId === id ? s.snapshot.error.message : undefined));
  const problem = useControls((s) => s.nodeProblems[id]) ?? stopped;
  const task = useDoc((s) => (s.doc.data.kind === "toy" ? toyInfo[s.doc.data.name].task : undefined));
  const params = useMemo(() => ({ ...defaultParams(node.kind), ...node.params }), [node]);
  const glm = useDoc((s) => glmNameOf(s.doc, id));
  const inputs = spec?.ports.inputs ?? [];
  const outputs = spec?.ports.outputs ?? [];
  const title = node.label ?? node.id;
  const v = data.vertical === true;
  const zoom = useStore((s) => (s.transform[2] >= 1.5 ? 2 : s.transform[2] >= 0.55 ? 1 : 0));
  const far = (data.mini ? zoom < 2 : zoom < 1) && display?.tile === true;
  const grid = map && mapSize ? { size: mapSize, values: map } : undefined;
  const classes = ["nn-node", problem && "has-problem", stopped && "has-stopped"].filter(Boolean).join(" ");
  return (
    <div
      className={classes}
      data-testid={`node-${id}`}
      aria-label={`${spec?.label ?? node.kind} ${title}`}
      title={problem}
    >
      {problem && (
        <span className="nn-node-problem" role="img" aria-label={`problem: ${problem}`}>
          !
        </span>
      )}
      <PortHandles nodeId={id} ports={inputs} type="target" title={title} vertical={v} />
      {far ? (
        <MiniNode label={title} map={grid} value={state?.value ?? undefined} selected={selected} />
      ) : (
        <View
          label={title}
          params={params}
          symbol={kindSymbol(node)}
          trainable={spec?.trainable !== undefined}
          value={state?.value ?? undefined}
          grad={state?.grad ?? undefined}
          param={state?.param}
          loss={loss}
          shape={data.shape}
          task={task}
          map={grid}
          selected={selected}
          phase={phase === "forward" || phase === "backward" ? phase : undefined}
          active={phase !== undefined}
          glm={glm}
        />
      )}
      <PortHandles nodeId={id} ports={outputs} type="source" title={title} vertical={v} />
      {stopped && <p className="nn-node-stopped">{stopped}</p>}
    </div>
  );
}

const familyNode = (View: ComponentType<NodeViewProps>) =>
  memo((props: NodeProps<NudgeFlowNode>) => <NodeFrame {...props} View={View} />);

/** React Flow type of a view family; prefixed so "input" and "output" do not pick up React Flow's built-in node styles. */
const typeOf = (family: string) => `nudge-${family}`;

/** React Flow `nodeTypes`: one per view family of @nudge/ui's `nodeViews`, so a new family needs no edit here. */
export const nodeTypes: NodeTypes = Object.fromEntries(
  Object.entries(nodeViews).map(([family, View]) => [typeOf(family), familyNode(View)]),
);

/** The React Flow type of a document node: its kind's view family. */
export const nodeTypeOf = (node: DocNode): string => typeOf(getKind(node.kind)?.display.view ?? "op");
