import { Background, Controls, ReactFlow, type Edge, type Node } from "@xyflow/react";

const nodes: Node[] = [
  { id: "x1", position: { x: 0, y: 0 }, data: { label: "x1" } },
  { id: "n", position: { x: 200, y: 40 }, data: { label: "neuron" } },
  { id: "y", position: { x: 400, y: 40 }, data: { label: "output" } },
];
const edges: Edge[] = [
  { id: "e1", source: "x1", target: "n" },
  { id: "e2", source: "n", target: "y" },
];

export function App() {
  return (
    <div style={{ width: "100vw", height: "100vh" }}>
      <ReactFlow nodes={nodes} edges={edges} fitView>
        <Background />
        <Controls />
      </ReactFlow>
    </div>
  );
}
