import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useState } from "react";
import { LossChart } from "./LossChart";
import { lossCurve } from "./story-data";

const mid = lossCurve(400);
const testLoss = mid.loss.map((v, i) => v + 0.05 + 0.06 * (i / 400));
const long = lossCurve(5000, 7);

const meta = {
  component: LossChart,
  title: "Charts/LossChart",
  args: { steps: mid.step, loss: mid.loss, testLoss },
} satisfies Meta<typeof LossChart>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MoonsMidTraining: Story = {};
export const FiveThousandStepsLogScale: Story = {
  args: { steps: long.step, loss: long.loss, testLoss: undefined, logScale: true, width: 480 },
};

function Live() {
  const [n, setN] = useState(10);
  useEffect(() => {
    const id = setInterval(() => setN((k) => (k >= 400 ? 10 : k + 10)), 50);
    return () => clearInterval(id);
  }, []);
  return <LossChart steps={mid.step.subarray(0, n)} loss={mid.loss.subarray(0, n)} width={360} />;
}
export const LiveUpdates: Story = { render: () => <Live /> };
export const Dark: Story = { args: { theme: "dark" }, parameters: { theme: "dark" } };
