import type { Meta, StoryObj } from "@storybook/react-vite";
import { CurveFitChart } from "./CurveFitChart";
import { storyRng } from "./story-data";

const rng = storyRng(11);
const sample = (n: number) => {
  const x = Float32Array.from({ length: n }, () => -3 + 6 * rng());
  const y = x.map((v) => Math.sin(v) + 0.15 * (rng() - 0.5) * 2);
  return { x, y };
};
const train = sample(60);
const test = sample(20);
// Three tanh neurons part-way to fitting sin(x).
const fit = (x: number) => 0.9 * Math.tanh(1.1 * x) - 0.55 * Math.tanh(2 * (x - 2.4)) - 0.55 * Math.tanh(2 * (x + 2.4));
const size = 64;
const curve = {
  size,
  xRange: [-3, 3] as const,
  values: Float32Array.from({ length: size }, (_, i) => fit(-3 + ((i + 0.5) * 6) / size)),
};

const meta = { component: CurveFitChart, title: "Charts/CurveFitChart", args: { curve, train, test } } satisfies Meta<
  typeof CurveFitChart
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SineWithThreeNeurons: Story = {};
export const Untrained: Story = {
  args: { curve: { ...curve, values: new Float32Array(size).fill(0.1) }, test: undefined },
};
export const Dark: Story = { args: { theme: "dark" }, parameters: { theme: "dark" } };
