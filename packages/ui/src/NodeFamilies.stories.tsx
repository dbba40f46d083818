import type { Meta, StoryObj } from "@storybook/react-vite";
import { nodeViews, type NodeViewProps } from "./node-views";
import { gridOf, neuronMap } from "./story-data";

const meta = { title: "Overview/Node views by family" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** What the editor passes each family for one typical node (a new family adds its sample here). */
const samples: Record<string, NodeViewProps> = {
  input: { label: "x1", params: { feature: 0 }, value: 0.8731, map: gridOf((x) => x / 2) },
  value: { label: "w1", params: { value: -3 }, trainable: true, value: -3, grad: 1 },
  neuron: {
    label: "h1",
    params: { activation: "tanh", bias: 0.35 },
    value: 0.7616,
    grad: -0.1234,
    map: neuronMap(1.8, -2.4, 0.35),
  },
  layer: { label: "dense1", params: { units: 16, activation: "relu", useBias: true }, shape: [16] },
  tensor: { label: "C", params: { dim: 10 }, symbol: "embedding · 10", shape: [3, 10] },
  op: { label: "e", params: {}, symbol: "*", value: -6, grad: -2 },
  output: { label: "y", params: { index: 0 }, task: "classification", value: 0.9124, grad: -0.0876 },
  loss: { label: "loss", params: { fn: "bce" }, loss: 0.3121 },
};

function Families() {
  return (
    <div style={{ display: "flex", gap: 16, alignItems: "flex-start", flexWrap: "wrap", maxWidth: 1200 }}>
      {Object.entries(nodeViews).map(([family, View]) => (
        <figure key={family} data-family={family} style={{ margin: 0 }}>
          <View {...(samples[family] ?? { label: family, params: {} })} />
          <figcaption style={{ fontSize: 11, opacity: 0.7 }}>{family}</figcaption>
        </figure>
      ))}
    </div>
  );
}

export const Light: Story = { render: () => <Families /> };
export const Dark: Story = { render: () => <Families />, parameters: { theme: "dark" } };
