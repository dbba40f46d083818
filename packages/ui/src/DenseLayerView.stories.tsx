import type { Meta, StoryObj } from "@storybook/react-vite";
import { DenseLayerView } from "./DenseLayerView";

const meta = { component: DenseLayerView, title: "Nodes/DenseLayerView" } satisfies Meta<typeof DenseLayerView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Training: Story = {
  args: {
    units: 16,
    activation: "relu",
    outputShape: [32, 16],
    paramCount: 48,
    meanAbsWeight: 0.412,
    meanAbsGrad: 0.0031,
  },
};
export const HiddenLayerOfMakemore: Story = {
  args: { label: "hidden", units: 200, activation: "tanh", useBias: false, outputShape: [32, 200], paramCount: 6000 },
};
export const Dark: Story = { args: Training.args!, parameters: { theme: "dark" } };
