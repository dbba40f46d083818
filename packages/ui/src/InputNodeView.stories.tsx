import type { Meta, StoryObj } from "@storybook/react-vite";
import { InputNodeView } from "./InputNodeView";
import { gridOf } from "./story-data";

const meta = { component: InputNodeView, title: "Nodes/InputNodeView" } satisfies Meta<typeof InputNodeView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FeatureWithMap: Story = { args: { label: "x1", value: 0.8731, featureMap: gridOf((x) => x / 2) } };
export const NegativeValue: Story = { args: { label: "x2", value: -0.2145, featureMap: gridOf((_, y) => y) } };
export const TensorInput: Story = { args: { label: "features", shape: [100, 2] } };
export const Dark: Story = { args: FeatureWithMap.args!, parameters: { theme: "dark" } };
