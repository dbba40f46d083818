import type { Meta, StoryObj } from "@storybook/react-vite";
import { WordLikelihoodTable, type PairLikelihoodRow } from "./WordLikelihoodTable";

function rows(pairs: [string, number][]): PairLikelihoodRow[] {
  let sum = 0;
  return pairs.map(([pair, p]) => {
    sum += Math.log(p);
    return { pair, p, logP: Math.log(p), sum };
  });
}
const emma = rows([
  [".e", 0.0478],
  ["em", 0.0377],
  ["mm", 0.0252],
  ["ma", 0.3899],
  ["a.", 0.196],
]);

const meta = {
  component: WordLikelihoodTable,
  title: "Text/WordLikelihoodTable",
  args: { word: "emma", pairs: emma, logLikelihood: emma.at(-1)!.sum, nll: -emma.at(-1)!.sum / emma.length },
} satisfies Meta<typeof WordLikelihoodTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Emma: Story = {};
/** Without smoothing "jq" never occurs: probability 0, log-likelihood −∞ (makemore's "andrejq"). */
export const ImpossiblePair: Story = {
  args: (() => {
    const pairs = rows([
      [".a", 0.1377],
      ["aj", 0.0027],
      ["jq", 0],
      ["q.", 0.1029],
    ]);
    return { word: "ajq", pairs, logLikelihood: -Infinity, nll: Infinity };
  })(),
};
