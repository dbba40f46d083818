import type { Meta, StoryObj } from "@storybook/react-vite";
import { Histogram } from "./Histogram";
import { storyRng } from "./story-data";

const rng = storyRng(3);
const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
const healthy = Float32Array.from({ length: 3200 }, () => Math.tanh(0.6 * normal()));
const saturated = Float32Array.from({ length: 3200 }, () => Math.tanh(4 * normal()));
const grads = Float32Array.from({ length: 3200 }, () => 0.002 * normal());

const meta = { component: Histogram, title: "Charts/Histogram" } satisfies Meta<typeof Histogram>;
export default meta;
type Story = StoryObj<typeof meta>;

export const TanhGoodInit: Story = {
  args: { title: "layer 1 tanh, good init", values: healthy, range: [-1, 1], saturation: 0.97 },
};
export const TanhSaturated: Story = {
  args: { title: "layer 1 tanh, init ×4 (saturated)", values: saturated, range: [-1, 1], saturation: 0.97 },
};
export const Gradients: Story = { args: { title: "layer 1 gradients", values: grads, bins: 40 } };
export const Dark: Story = { args: TanhSaturated.args!, parameters: { theme: "dark" } };
