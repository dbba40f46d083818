import type { Meta, StoryObj } from "@storybook/react-vite";
import { LossNodeView } from "./LossNodeView";

const meta = { component: LossNodeView, title: "Nodes/LossNodeView" } satisfies Meta<typeof LossNodeView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MaxMarginWithL2: Story = { args: { loss: "max-margin + L2", value: 0.3121, regularisation: 0.0412 } };
export const MeanSquaredError: Story = { args: { loss: "MSE", value: 0.0831 } };
export const Active: Story = { args: { loss: "cross-entropy", value: 2.4544, active: true } };
export const Dark: Story = { args: MaxMarginWithL2.args!, parameters: { theme: "dark" } };
