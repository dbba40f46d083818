import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useState } from "react";
import { AccuracyChart } from "./AccuracyChart";
import { LossChart } from "./LossChart";
import { lossCurve } from "./story-data";

const meta = { title: "Charts/Loss and accuracy" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const mid = lossCurve(400);
const test = { loss: mid.loss.map((v, i) => v + 0.05 + 0.06 * (i / 400)), acc: mid.acc.map((v) => v - 0.04) };
const long = lossCurve(5000, 7);

export const MoonsMidTraining: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 16 }}>
      <LossChart steps={mid.step} loss={mid.loss} testLoss={test.loss} />
      <AccuracyChart steps={mid.step} trainAccuracy={mid.acc} testAccuracy={test.acc} />
    </div>
  ),
};

export const FiveThousandStepsLog: Story = { render: () => <LossChart steps={long.step} loss={long.loss} logScale width={480} /> };

function Live() {
  const [n, setN] = useState(10);
  useEffect(() => {
    const id = setInterval(() => setN((k) => (k >= 400 ? 10 : k + 10)), 50);
    return () => clearInterval(id);
  }, []);
  return <LossChart steps={mid.step.subarray(0, n)} loss={mid.loss.subarray(0, n)} />;
}
export const LiveUpdates: Story = { render: () => <Live /> };

export const Dark: Story = {
  render: () => <LossChart steps={mid.step} loss={mid.loss} testLoss={test.loss} theme="dark" />,
  parameters: { theme: "dark" },
};
