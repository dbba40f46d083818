import type { Meta, StoryObj } from "@storybook/react-vite";
import { AccuracyChart } from "./AccuracyChart";
import { lossCurve } from "./story-data";

const mid = lossCurve(400);
const testAccuracy = mid.acc.map((v) => v - 0.04);

const meta = {
  component: AccuracyChart,
  title: "Charts/AccuracyChart",
  args: { steps: mid.step, trainAccuracy: mid.acc, testAccuracy, width: 360 },
} satisfies Meta<typeof AccuracyChart>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MoonsMidTraining: Story = {};
export const TrainOnly: Story = { args: { testAccuracy: undefined } };
export const Dark: Story = { args: { theme: "dark" }, parameters: { theme: "dark" } };
