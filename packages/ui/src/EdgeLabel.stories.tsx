import type { Meta, StoryObj } from "@storybook/react-vite";
import { EdgeLabel } from "./EdgeLabel";

const meta = { component: EdgeLabel, title: "Edges/EdgeLabel" } satisfies Meta<typeof EdgeLabel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const PositiveWeight: Story = { args: { weight: 0.84, grad: 0.12 } };
export const NegativeWeight: Story = { args: { weight: -1.37, grad: -0.4 } };
export const TensorWire: Story = { args: { shape: [32, 16] } };
export const Dark: Story = { args: NegativeWeight.args!, parameters: { theme: "dark" } };
