import type { Meta, StoryObj } from "@storybook/react-vite";
import { NextCharChart } from "./NextCharChart";

const alphabet = [".", ..."abcdefghijklmnopqrstuvwxyz"];
// Roughly the names' row after "q": mostly "u", then the end of the word.
const weights = alphabet.map((c) => (c === "u" ? 206 : c === "." ? 28 : c === "a" ? 13 : c === "i" ? 13 : 1));
const total = weights.reduce((s, w) => s + w, 0);

const meta = {
  component: NextCharChart,
  title: "Charts/NextCharChart",
  args: { previous: "q", alphabet, probabilities: weights.map((w) => w / total) },
} satisfies Meta<typeof NextCharChart>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AfterQ: Story = {};
export const Uniform: Story = { args: { previous: ".", probabilities: alphabet.map(() => 1 / 27) } };
export const WrongSize: Story = { args: { probabilities: [0.5, 0.5] } };
