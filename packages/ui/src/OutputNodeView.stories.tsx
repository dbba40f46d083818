import type { Meta, StoryObj } from "@storybook/react-vite";
import { OutputNodeView } from "./OutputNodeView";

const meta = { component: OutputNodeView, title: "Nodes/OutputNodeView" } satisfies Meta<typeof OutputNodeView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Classification: Story = {
  args: { label: "y", value: 0.9124, target: 1, grad: -0.0876, predictedClass: "upper moon" },
};
export const Regression: Story = { args: { label: "ŷ", task: "regression", value: -1.5, target: -1.2, grad: -0.6 } };
export const BeforeTraining: Story = { args: { label: "y" } };
export const Dark: Story = { args: Classification.args!, parameters: { theme: "dark" } };
