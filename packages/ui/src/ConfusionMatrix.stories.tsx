import type { Meta, StoryObj } from "@storybook/react-vite";
import { ConfusionMatrix } from "./ConfusionMatrix";

const meta = { component: ConfusionMatrix, title: "Charts/ConfusionMatrix" } satisfies Meta<typeof ConfusionMatrix>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MoonsTestSet: Story = {
  args: {
    matrix: [
      [46, 4],
      [7, 43],
    ],
    labels: ["upper moon", "lower moon"],
    caption: "Test set",
  },
};
export const SpiralThreeClasses: Story = {
  args: {
    matrix: [
      [30, 2, 1],
      [5, 25, 3],
      [0, 4, 30],
    ],
    labels: ["A", "B", "C"],
    caption: "Spiral, train",
  },
};
export const Empty: Story = {
  args: {
    matrix: [
      [0, 0],
      [0, 0],
    ],
    labels: ["0", "1"],
  },
};
export const Dark: Story = { args: MoonsTestSet.args!, parameters: { theme: "dark" } };
