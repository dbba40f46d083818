import type { Meta, StoryObj } from "@storybook/react-vite";
import { FormulaView } from "./FormulaView";
import { edgeFormula, neuronFormula } from "./neuron-formula";

const meta = { component: FormulaView, title: "Panels/FormulaView" } satisfies Meta<typeof FormulaView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Neuron: Story = {
  args: { formula: neuronFormula([{ input: "x1", inputValue: 2, weight: "w1", weightValue: -3 }, { input: "x2", inputValue: 0, weight: "w2", weightValue: 1 }], 6.8814, "tanh") },
};
export const Edge: Story = { args: { formula: edgeFormula("w3", -0.84, "h1", 0.7616) } };
export const UnknownActivation: Story = { args: { formula: neuronFormula([{ input: "x", inputValue: 1, weight: "w", weightValue: 2 }], 0, "swish") } };
export const Dark: Story = { args: Neuron.args!, parameters: { theme: "dark" } };
