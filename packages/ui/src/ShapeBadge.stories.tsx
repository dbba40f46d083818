import type { Meta, StoryObj } from "@storybook/react-vite";
import { ShapeBadge } from "./ShapeBadge";

const meta = { component: ShapeBadge, title: "Data/ShapeBadge" } satisfies Meta<typeof ShapeBadge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Scalar: Story = { args: { shape: [] } };
export const Matrix: Story = { args: { shape: [100, 2], dims: ["n", "c"] } };
export const OneHotSequences: Story = { args: { shape: [40, 200, 4], dims: ["n", "l", "c"] } };
