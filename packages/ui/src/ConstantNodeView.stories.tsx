import type { Meta, StoryObj } from "@storybook/react-vite";
import { ConstantNodeView } from "./ConstantNodeView";

const meta = { component: ConstantNodeView, title: "Nodes/ConstantNodeView" } satisfies Meta<typeof ConstantNodeView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Constant: Story = { args: { kind: "constant", label: "c", value: 10 } };
export const NegativeParameter: Story = { args: { kind: "parameter", label: "w1", value: -3, grad: 1 } };
export const DivergedParameter: Story = {
  args: { kind: "parameter", label: "w7", value: Number.NaN, grad: Number.POSITIVE_INFINITY },
};
export const Dark: Story = { args: NegativeParameter.args!, parameters: { theme: "dark" } };
