import type { Meta, StoryObj } from "@storybook/react-vite";
import { FormulaView } from "./FormulaView";

const meta = { component: FormulaView, title: "Panels/FormulaView" } satisfies Meta<typeof FormulaView>;
export default meta;
type Story = StoryObj<typeof meta>;

// Texts as @nudge/graph's formulaWithValues writes them for the micrograd neuron.
export const Neuron: Story = {
  args: {
    formula: { symbolic: "tanh(6.881 + (−3)·x1 + 1·x2)", plugged: "tanh(6.881 + (−3)·2 + 1·0)", result: 0.7071 },
  },
};
export const Edge: Story = { args: { formula: { symbolic: "w·h1", plugged: "(−0.84)·0.7616", result: -0.6397 } } };
export const SymbolsOnly: Story = { args: { formula: { symbolic: "act(Σ wᵢ·xᵢ + b)" } } };
export const Dark: Story = { args: Neuron.args!, parameters: { theme: "dark" } };
