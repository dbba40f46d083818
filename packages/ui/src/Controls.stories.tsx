import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { TrainingControls } from "./TrainingControls";

const meta = { title: "Controls/TrainingControls" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

function Harness({ initial = "paused" as const }: { initial?: "paused" | "running" | "idle" }) {
  const [status, setStatus] = useState<"idle" | "running" | "paused" | "error">(initial);
  const [step, setStep] = useState(1240);
  const [lr, setLr] = useState(0.03);
  const [batch, setBatch] = useState<number | "all">(32);
  return (
    <TrainingControls
      status={status}
      step={step}
      stepsPerSecond={480}
      loss={0.1843}
      trainAccuracy={0.97}
      testAccuracy={0.933}
      onReseed={() => setStep(0)}
      onPlay={() => setStatus("running")}
      onPause={() => setStatus("paused")}
      onStep={() => setStep((s) => s + 1)}
      onReset={() => { setStep(0); setStatus("idle"); }}
      learningRate={lr}
      onLearningRateChange={setLr}
      batchSize={batch}
      onBatchSizeChange={setBatch}
    />
  );
}

export const Paused: Story = { render: () => <Harness /> };
export const Running: Story = { render: () => <Harness initial="running" /> };
export const Blocked: Story = {
  render: () => (
    <TrainingControls status="idle" step={0} onPlay={() => {}} onPause={() => {}} onStep={() => {}} onReset={() => {}} learningRate={0.1}
      onLearningRateChange={() => {}} disabledReason="Connect the neuron to the loss before training (node n3 has no output)." />
  ),
};
export const Dark: Story = { render: () => <Harness initial="running" />, parameters: { theme: "dark" } };
