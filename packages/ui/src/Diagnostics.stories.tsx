import type { Meta, StoryObj } from "@storybook/react-vite";
import { HistogramLines, type HistogramLine } from "./HistogramLines";
import { InitialLoss } from "./InitialLoss";
import { RatioBars } from "./RatioBars";
import { storyRng } from "./story-data";

const rng = storyRng(5);
const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

/** Five tanh layers' activation histograms, pre-binned over [-1, 1] as the worker sends them. */
function tanhLayers(gain: number): HistogramLine[] {
  return [1, 2, 3, 4, 5].map((k) => {
    const counts = new Float32Array(40);
    let saturated = 0;
    for (let i = 0; i < 3200; i++) {
      const t = Math.tanh(gain * normal() * (1 + 0.1 * k));
      if (Math.abs(t) > 0.97) saturated++;
      counts[Math.min(39, Math.floor((t + 1) / 0.05))]! += 1;
    }
    return { label: `layer ${k} (tanh)`, counts, min: -1, max: 1, note: `saturated ${(saturated / 32).toFixed(1)}%` };
  });
}

const meta = { component: HistogramLines, title: "Charts/Diagnostics" } satisfies Meta<typeof HistogramLines>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ActivationsKaiming: Story = { args: { title: "Activations", lines: tanhLayers(0.8), threshold: 0.97 } };
export const ActivationsSaturated: Story = {
  args: { title: "Activations, init scale 1", lines: tanhLayers(5), threshold: 0.97 },
};
export const GradientToData: Story = {
  args: { title: "", lines: [] },
  render: () => (
    <RatioBars
      title="Weight gradient : data"
      bars={[
        { label: "layer 1", value: 3e-3 },
        { label: "layer 2", value: 1.2e-3 },
        { label: "out", value: 2e-1 },
      ]}
    />
  ),
};
export const FirstLossNearUniform: Story = {
  args: { title: "", lines: [] },
  render: () => <InitialLoss first={3.31} expected={Math.log(27)} formula="−ln(1/27)" />,
};
export const FirstLossHockeyStick: Story = {
  args: { title: "", lines: [] },
  render: () => <InitialLoss first={27.4} expected={Math.log(27)} formula="−ln(1/27)" />,
};
export const Dark: Story = { args: ActivationsSaturated.args!, parameters: { theme: "dark" } };
