import type { Meta, StoryObj } from "@storybook/react-vite";
import { BigramHeatMap } from "./BigramHeatMap";
import { ConfusionMatrix } from "./ConfusionMatrix";
import { Histogram } from "./Histogram";
import { storyRng } from "./story-data";

const meta = { title: "Charts/Small charts" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const rng = storyRng(3);
const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
const healthy = Float32Array.from({ length: 3200 }, () => Math.tanh(0.6 * normal()));
const saturated = Float32Array.from({ length: 3200 }, () => Math.tanh(4 * normal()));

export const Confusion: Story = { render: () => <ConfusionMatrix matrix={[[46, 4], [7, 43]]} labels={["lower", "upper"]} caption="Test set" /> };
export const ConfusionThreeClasses: Story = {
  render: () => <ConfusionMatrix matrix={[[30, 2, 1], [5, 25, 3], [0, 4, 30]]} labels={["A", "B", "C"]} caption="Spiral, train" />,
};
export const Histograms: Story = {
  render: () => (
    <div style={{ display: "flex", gap: 24 }}>
      <Histogram title="layer 1 tanh, good init" values={healthy} range={[-1, 1]} saturation={0.97} />
      <Histogram title="layer 1 tanh, init ×4 (saturated)" values={saturated} range={[-1, 1]} saturation={0.97} />
    </div>
  ),
};

const alphabet = [".", ..."abcdefghijklmnopqrstuvwxyz"];
const counts = Int32Array.from({ length: 27 * 27 }, (_, k) => {
  const i = Math.floor(k / 27);
  const j = k % 27;
  const vowel = "aeiouy".includes(alphabet[j]!) ? 6 : 1;
  return i === 0 && j === 0 ? 0 : Math.floor(rng() ** 3 * 900 * vowel);
});
export const Bigram: Story = { render: () => <BigramHeatMap counts={counts} alphabet={alphabet} /> };
export const BigramWithCounts: Story = { render: () => <BigramHeatMap counts={counts} alphabet={alphabet} cellSize={32} />, parameters: { layout: "fullscreen" } };
export const Dark: Story = { ...Histograms, parameters: { theme: "dark" } };
