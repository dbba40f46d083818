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
const spiral = (() => {
  const n = 150;
  const features = new Float32Array(n * 2);
  const labels = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    const r = (Math.floor(i / 3) / 50) * 1.2;
    const t = r * 4 + (k * 2 * Math.PI) / 3;
    features[2 * i] = 0.5 + r * Math.cos(t);
    features[2 * i + 1] = 0.25 + r * Math.sin(t);
    labels[i] = k;
  }
  return { features, labels };
})();
const spiralClasses = (() => {
  const size = 40;
  const values = new Float32Array(size * size);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const x = plane.x[0] + ((c + 0.5) / size) * (plane.x[1] - plane.x[0]) - 0.5;
      const y = plane.y[0] + ((r + 0.5) / size) * (plane.y[1] - plane.y[0]) - 0.25;
      const t = Math.atan2(y, x) - Math.hypot(x, y) * 4;
      values[r * size + c] = ((Math.round((t / (2 * Math.PI)) * 3) % 3) + 3) % 3;
    }
  }
  return { size, values, kind: "class" as const, xRange: plane.x, yRange: plane.y };
})();
export const SpiralThreeClasses: Story = {
  args: { boundary: spiralClasses, train: spiral, test: undefined, classNames: ["A", "B", "C"] },
};
export const Dark: Story = { args: { theme: "dark" }, parameters: { theme: "dark" } };
