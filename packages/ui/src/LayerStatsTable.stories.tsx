import type { Meta, StoryObj } from "@storybook/react-vite";
import { LayerStatsTable } from "./LayerStatsTable";

const layer = (activationStd: number, saturated: number, gradStd: number, updateRatio: number) => ({
  nodeIds: [],
  activationMean: 0.01,
  activationStd,
  saturated,
  gradMean: 0,
  gradStd,
  updateRatio,
});

const meta = { component: LayerStatsTable, title: "Charts/LayerStatsTable" } satisfies Meta<typeof LayerStatsTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const GoodInit: Story = {
  args: {
    layers: [layer(0.62, 0.01, 3e-3, 1.1e-3), layer(0.58, 0.02, 2.1e-3, 9e-4), layer(0.55, 0.0, 1.8e-3, 1.4e-3)],
  },
};
export const SaturatedTanh: Story = {
  args: {
    layers: [layer(0.97, 0.71, 2e-6, 3e-6), layer(0.95, 0.64, 1e-5, 2e-5), layer(0.9, 0.3, 4e-4, 0.03)],
    names: ["tanh 1", "tanh 2", "tanh 3"],
  },
};
export const Dark: Story = { args: GoodInit.args!, parameters: { theme: "dark" } };
