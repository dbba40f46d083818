import type { Meta, StoryObj } from "@storybook/react-vite";
import { OpNodeView } from "./OpNodeView";

const meta = { component: OpNodeView, title: "Nodes/OpNodeView" } satisfies Meta<typeof OpNodeView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Leaf: Story = { args: { label: "a", data: 2, grad: -3 } };
export const Multiply: Story = { args: { label: "e", op: "*", data: -6, grad: -2 } };
export const BeforeBackward: Story = { args: { label: "d", op: "+", data: 4 } };
export const ActiveForward: Story = {
  args: { label: "n", op: "+", data: 0.8814, grad: 0.5, active: true, phase: "forward" },
};
export const ActiveBackward: Story = {
  args: { label: "o", op: "tanh", data: 0.7071, grad: 1, active: true, phase: "backward" },
};
export const MicrogradReadme: Story = { args: { label: "g", op: "+", data: 24.7041, grad: 1 } };
export const Dark: Story = {
  args: { label: "e", op: "*", data: -6, grad: -2, active: true },
  parameters: { theme: "dark" },
};
