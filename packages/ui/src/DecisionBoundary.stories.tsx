import type { Meta, StoryObj } from "@storybook/react-vite";
import { DecisionBoundary } from "./DecisionBoundary";
import { moonsBoundary, moonsPoints, plane } from "./story-data";

const boundary = { ...moonsBoundary(40), xRange: plane.x, yRange: plane.y };
const train = moonsPoints(100, 0.1, 1);
const test = moonsPoints(30, 0.1, 2);

const meta = {
  component: DecisionBoundary,
  title: "Charts/DecisionBoundary",
  args: { boundary, train, test, classNames: ["upper moon", "lower moon"] },
} satisfies Meta<typeof DecisionBoundary>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MoonsMidTraining: Story = {};
export const Untrained: Story = { args: { boundary: { ...boundary, values: new Float32Array(40 * 40).fill(0.02) } } };
export const Large: Story = { args: { size: 400 } };
export const Dark: Story = { args: { theme: "dark" }, parameters: { theme: "dark" } };
