import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { GradCheckPanel } from "./GradCheckPanel";
import { HintBanner } from "./HintBanner";
import { InspectorPanel } from "./InspectorPanel";
import { neuronFormula } from "./neuron-formula";
import { PaletteList } from "./PaletteList";
import { SignLegend } from "./SignLegend";
import { Toast } from "./Toast";

const meta = { title: "Panels/Panels" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

function Inspector() {
  const [w, setW] = useState({ w1: -3, w2: 1, bias: 6.8814 });
  const formula = neuronFormula(
    [{ input: "x1", inputValue: 2, weight: "w1", weightValue: w.w1 }, { input: "x2", inputValue: 0, weight: "w2", weightValue: w.w2 }],
    w.bias,
    "tanh",
  );
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
export const InspectorMicrogradNeuron: Story = { render: () => <Inspector /> };
export const InspectorWithProblem: Story = {
  render: () => (
    <InspectorPanel title="Neuron h4" problems={["h4 has no inputs: connect x1 or x2 to its in port."]} fields={[{ name: "bias", label: "bias", value: 0.1 }]} />
  ),
};

export const Palette: Story = {
  render: () => (
    <div style={{ width: 200 }}>
      <PaletteList
        items={[
          { kind: "input", label: "Input", category: "Data", icon: "x", description: "A feature of the dataset" },
          { kind: "output", label: "Output", category: "Data", icon: "ŷ" },
          { kind: "loss", label: "Loss", category: "Data", icon: "L" },
          { kind: "neuron", label: "Neuron", category: "Neurons", icon: "∑", description: "act(Σ w·x + b)" },
          { kind: "dense", label: "Dense layer", category: "Neurons", icon: "▦" },
          { kind: "activation", label: "Activation", category: "Neurons", icon: "σ" },
          { kind: "add", label: "Add", category: "Scalar ops", icon: "+" },
          { kind: "mul", label: "Multiply", category: "Scalar ops", icon: "×" },
          { kind: "tanh", label: "Tanh", category: "Scalar ops", icon: "th" },
          { kind: "constant", label: "Constant", category: "Values", icon: "c" },
          { kind: "parameter", label: "Parameter", category: "Values", icon: "w" },
        ]}
      />
    </div>
  ),
};

export const GradCheck: Story = { render: () => <GradCheckPanel target="dg/da" backprop={138.83381924198252} finiteDifference={138.83381924572} /> };
export const GradCheckRight: Story = { render: () => <GradCheckPanel target="dg/da" backprop={138.83381924198252} finiteDifference={138.83381924572} defaultGuess={138.8338} /> };
export const GradCheckWrong: Story = {
  render: () => <GradCheckPanel target="dg/db" backprop={645.5772594752186} finiteDifference={645.57725947} defaultGuess={-645.5773} />,
  parameters: { theme: "dark" },
};
export const Messages: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 12, width: 520 }}>
      <HintBanner onDismiss={() => {}}>Press Play and watch the boundary bend around the moons.</HintBanner>
      <Toast kind="error" title="Could not open moons.nudge.json" onDismiss={() => {}}>
        Line 12, column 5: "nodes" must be a list. Your current graph is unchanged.
      </Toast>
      <Toast kind="info" title="Connection refused">A neuron's output cannot feed its own input (cycle n2 → n2).</Toast>
      <Toast kind="success" title="Saved" />
      <SignLegend />
    </div>
  ),
};
export const MessagesDark: Story = { ...Messages, parameters: { theme: "dark" } };
export const InspectorDark: Story = { render: () => <Inspector />, parameters: { theme: "dark" } };
