import type { Meta, StoryObj } from "@storybook/react-vite";
import { BigramHeatMap } from "./BigramHeatMap";
import { storyRng } from "./story-data";

const rng = storyRng(3);
const alphabet = [".", ..."abcdefghijklmnopqrstuvwxyz"];
const counts = Int32Array.from({ length: 27 * 27 }, (_, k) => {
  const i = Math.floor(k / 27);
  const j = k % 27;
  const vowel = "aeiouy".includes(alphabet[j]!) ? 6 : 1;
  return i === 0 && j === 0 ? 0 : Math.floor(rng() ** 3 * 900 * vowel);
});

const meta = { component: BigramHeatMap, title: "Charts/BigramHeatMap", args: { counts, alphabet } } satisfies Meta<
  typeof BigramHeatMap
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Compact: Story = {};
export const WithCounts: Story = { args: { cellSize: 32 }, parameters: { layout: "fullscreen" } };
export const WrongSize: Story = { args: { counts: new Int32Array(26 * 26) } };
export const Dark: Story = { parameters: { theme: "dark" } };

const probabilities = Float64Array.from(counts, (_, k) => {
  const row = Math.floor(k / 27);
  const total = counts.slice(row * 27, row * 27 + 27).reduce((s, c) => s + c + 1, 0);
  return (counts[k]! + 1) / total;
});
/** Row-normalised probabilities on a fixed 0…1 scale, zoomed in so each cell reads "ab 0.123". */
export const Probabilities: Story = {
  args: {
    counts: probabilities,
    max: 1,
    format: (p: number) => p.toFixed(3),
    title: "Bigram probabilities",
    cellSize: 34,
  },
};
/** Click a cell to choose its row: the row "e" is outlined. */
export const RowChosen: Story = { args: { selectedRow: 5, onSelectRow: () => {} } };
