import type { Meta, StoryObj } from "@storybook/react-vite";
import { HeatMapCanvas } from "./HeatMapCanvas";
import { neuronMap } from "./story-data";

const meta = { component: HeatMapCanvas, title: "Charts/HeatMapCanvas" } satisfies Meta<typeof HeatMapCanvas>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NeuronOutput: Story = { args: { grid: neuronMap(1.8, -2.4, 0.35, 16), label: "output of h1", size: 96 } };
export const Probabilities: Story = {
  args: { grid: { size: 2, values: [0.1, 0.4, 0.6, 0.9] }, domain: [0, 1], label: "probabilities", size: 96 },
};
export const WrongSize: Story = { args: { grid: { size: 3, values: [1, 2] }, label: "broken map" } };
