import type { Meta, StoryObj } from "@storybook/react-vite";
import { BatchNormView } from "./BatchNormView";

const meta = { component: BatchNormView, title: "Nodes/BatchNormView" } satisfies Meta<typeof BatchNormView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Makemore: Story = { args: { label: "bn1", momentum: 0.1, epsilon: 1e-5, outputShape: [100] } };
export const Dark: Story = { args: Makemore.args!, parameters: { theme: "dark" } };
