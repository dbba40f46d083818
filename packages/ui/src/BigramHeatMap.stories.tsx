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
