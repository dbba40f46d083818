import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  type Connection as RfConnection,
  type EdgeChange,
  type FinalConnectionState,
  type IsValidConnection,
  type NodeChange,
} from "@xyflow/react";
import { SignLegend } from "@nudge/ui";
import { useCallback, useState } from "react";
import { canConnect } from "@nudge/graph";
import { NudgeEdge, type NudgeFlowEdge } from "../nodes/NudgeEdge";
import { nodeTypes, type NudgeFlowNode } from "../nodes/NudgeNode";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { ConnectionHint } from "./ConnectionHint";
import { deriveEdges, deriveNodes } from "./derive";
import { EdgeCanvas } from "./EdgeCanvas";
import { EmptyHint } from "./EmptyHint";
import { HoverTip, useHoverTip } from "./HoverTip";
import { readableFitOptions } from "./readable-fit";
import { settleLayout } from "./settle";

const edgeTypes = { nudge: NudgeEdge };
/** In a narrow window (1024 px, 150% browser zoom) the legend starts folded, so it does not cover the graph. */
const narrowWindow = () => typeof matchMedia !== "undefined" && matchMedia("(max-width: 1100px)").matches;
/** A small graph fits on screen: its minimap would only cover nodes. */
const MINIMAP_FROM = 12;
const asConn = (c: RfConnection | NudgeFlowEdge) => ({
  source: c.source,
  sourceHandle: c.sourceHandle ?? "out",
  target: c.target,
  targetHandle: c.targetHandle ?? "in",
});

/** The graph canvas: React Flow nodes and edges derived from the document store. */
export function FlowCanvas({ settle = false }: { settle?: boolean }) {
  const doc = useDoc((s) => s.doc);
  const theme = useUi((s) => s.theme);
  const settled = useUi((s) => s.settled);
  const [nodes, setNodes] = useState<NudgeFlowNode[]>(() => deriveNodes(doc, []));
  const [edges, setEdges] = useState<NudgeFlowEdge[]>(() => deriveEdges(doc, []));
  const [derivedFrom, setDerivedFrom] = useState(doc);
  if (derivedFrom !== doc) {
    // State that follows a prop is re-derived while rendering (no effect, so no extra render pass).
    setDerivedFrom(doc);
    setNodes((prev) => deriveNodes(doc, prev));
    setEdges((prev) => deriveEdges(doc, prev));
  }
  const tip = useHoverTip();

  const onNodesChange = useCallback((changes: NodeChange<NudgeFlowNode>[]) => {
    const done: Record<string, { x: number; y: number }> = {};
    for (const c of changes) if (c.type === "position" && !c.dragging && c.position) done[c.id] = c.position;
    setNodes((prev) =>
      applyNodeChanges(
        changes.filter((c) => c.type !== "remove"),
        prev,
      ),
    );
    if (Object.keys(done).length) useDoc.getState().moveNodes(done);
  }, []);
  const onEdgesChange = useCallback(
    (changes: EdgeChange<NudgeFlowEdge>[]) =>
      setEdges((prev) =>
        applyEdgeChanges(
          changes.filter((c) => c.type !== "remove"),
          prev,
        ),
      ),
    [],
  );
  const isValidConnection: IsValidConnection<NudgeFlowEdge> = useCallback(
    (c) => canConnect(useDoc.getState().doc, asConn(c)).ok,
    [],
  );
  const onConnect = useCallback((c: RfConnection) => {
    const res = useDoc.getState().connect(asConn(c));
    if (!res.ok) useUi.getState().notify("error", res.reason);
  }, []);
  const onConnectEnd = useCallback((_: MouseEvent | TouchEvent, s: FinalConnectionState) => {
    if (s.isValid || !s.toHandle || !s.fromHandle) return;
    const from = s.fromHandle.type === "source" ? s.fromHandle : s.toHandle;
    const to = s.fromHandle.type === "source" ? s.toHandle : s.fromHandle;
    const res = canConnect(useDoc.getState().doc, {
      source: from.nodeId,
      sourceHandle: from.id ?? "out",
      target: to.nodeId,
      targetHandle: to.id ?? "in",
    });
    if (!res.ok) useUi.getState().notify("error", `Wire refused: ${res.reason}`);
  }, []);

  return (
    <div className="nn-canvas" data-testid="canvas" data-settled={settled} data-big={doc.edges.length > 40}>
      {doc.mode !== "expression" && <EdgeCanvas />}
      <ReactFlow<NudgeFlowNode, NudgeFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onDelete={({ nodes: n, edges: e }) =>
          useDoc.getState().remove({ nodes: n.map((x) => x.id), edges: e.map((x) => x.id) })
        }
        onSelectionChange={({ nodes: n, edges: e }) =>
          useUi.getState().select(
            n.map((x) => x.id),
            e.map((x) => x.id),
          )
        }
        onNodeMouseEnter={(ev, n) => tip.show(ev, { node: n.id })}
        onNodeMouseLeave={tip.hide}
        onEdgeMouseEnter={(ev, e) => tip.show(ev, { edge: e.id })}
        onEdgeMouseLeave={tip.hide}
        deleteKeyCode={["Delete", "Backspace"]}
        multiSelectionKeyCode={["Shift", "Meta", "Control"]}
        onInit={(rf) => {
          if (settle) void settleLayout(rf);
        }}
        colorMode={theme}
        fitView
        fitViewOptions={readableFitOptions}
        minZoom={0.1}
        maxZoom={2.5}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} />
        <Controls position="bottom-left" aria-label="Zoom controls" />
        <ConnectionHint />
        <EmptyHint />
        {doc.mode !== "layers" && (
          <Panel position="top-right" className="nn-legend">
            <details open={!narrowWindow()}>
              <summary>Legend</summary>
              {doc.mode === "neurons" && <SignLegend />}
              <span className="nn-legend-note">every wire carries one number (scalar)</span>
            </details>
          </Panel>
        )}
        {doc.nodes.length > MINIMAP_FROM && (
          <MiniMap position="bottom-right" pannable zoomable ariaLabel="Mini map" style={{ width: 150, height: 96 }} />
        )}
      </ReactFlow>
      <HoverTip target={tip.target} at={tip.at} />
    </div>
  );
}
