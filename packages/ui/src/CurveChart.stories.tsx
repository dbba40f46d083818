import type { Meta, StoryObj } from "@storybook/react-vite";
import { CurveChart } from "./CurveChart";
import { storyRng } from "./story-data";

const rng = storyRng(9);
const steps = Float64Array.from({ length: 1000 }, (_, i) => i);
const ratio = (level: number) => steps.map((i) => level * (1 + 3 * Math.exp(-i / 80)) * (1 + 0.3 * (rng() - 0.5)));

const meta = { component: CurveChart, title: "Charts/CurveChart" } satisfies Meta<typeof CurveChart>;
export default meta;
type Story = StoryObj<typeof meta>;

export const UpdateToDataRatios: Story = {
  args: {
    title: "Update-to-data ratio per layer",
    x: steps,
    logY: true,
    width: 420,
    series: [
      { label: "layer 1", values: ratio(1e-3), tone: "pos" },
      { label: "layer 2", values: ratio(5e-4), tone: "grad", dashed: true },
      { label: "layer 3", values: ratio(2e-3), tone: "muted" },
    ],
  },
};
