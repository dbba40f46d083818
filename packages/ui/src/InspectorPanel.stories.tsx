import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { InspectorPanel } from "./InspectorPanel";

const meta = { component: InspectorPanel, title: "Panels/InspectorPanel" } satisfies Meta<typeof InspectorPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

function MicrogradNeuron() {
  const [w, setW] = useState({ w1: -3, w2: 1, bias: 6.8814 });
  // The editor passes the text @nudge/graph writes; here it is spelled out for x1 = 2, x2 = 0.
  const formula = {
    symbolic: "tanh(b + w1·x1 + w2·x2)",
    plugged: `tanh(${w.bias} + ${w.w1}·2 + ${w.w2}·0)`,
    result: Math.tanh(w.bias + 2 * w.w1),
  };
  return (
    <InspectorPanel
      title="Neuron o"
      explain="Weighs its inputs, adds the bias, squashes the sum with tanh."
      formula={formula}
      fields={[
        { name: "w1", label: "w1 (x1 → o)", value: w.w1, min: -10, max: 10 },
        { name: "w2", label: "w2 (x2 → o)", value: w.w2, min: -10, max: 10 },
        { name: "bias", label: "bias", value: w.bias, min: -10, max: 10 },
      ]}
      onFieldChange={(name, value) => setW((old) => ({ ...old, [name]: value }))}
    />
  );
}

export const EditableMicrogradNeuron: Story = { args: { title: "Neuron o" }, render: () => <MicrogradNeuron /> };
export const WithProblem: Story = {
  args: {
    title: "Neuron h4",
    problems: ["h4 has no inputs: connect x1 or x2 to its in port."],
    fields: [{ name: "bias", label: "bias", value: 0.1 }],
  },
};
export const ReadOnlyWhileTraining: Story = {
  args: {
    title: "Neuron h1",
    formula: { symbolic: "tanh(b + w1·x1 + w2·x2)", plugged: "tanh(0.35 + 1.8·0.87 + (−2.4)·(−0.21))", result: 0.9843 },
    fields: [
      { name: "w1", label: "w1", value: 1.8 },
      { name: "w2", label: "w2", value: -2.4 },
      { name: "bias", label: "bias", value: 0.35 },
    ],
  },
};
export const Dark: Story = {
  args: { title: "Neuron o" },
  render: () => <MicrogradNeuron />,
  parameters: { theme: "dark" },
};
