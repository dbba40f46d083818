import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { TrainingControls } from "./TrainingControls";

const meta = { component: TrainingControls, title: "Controls/TrainingControls" } satisfies Meta<
  typeof TrainingControls
>;
export default meta;
type Story = StoryObj<typeof meta>;

function Harness({ initial = "paused" }: { initial?: "paused" | "running" | "idle" }) {
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
      onPlay={() => setStatus("running")}
      onPause={() => setStatus("paused")}
      onStep={() => setStep((s) => s + 1)}
      onReset={() => {
        setStep(0);
        setStatus("idle");
      }}
      onReseed={() => setStep(0)}
      learningRate={lr}
      onLearningRateChange={setLr}
      batchSize={batch}
      onBatchSizeChange={setBatch}
    />
  );
}

const noop = () => {};
const base = {
  status: "idle" as const,
  step: 0,
  onPlay: noop,
  onPause: noop,
  onStep: noop,
  onReset: noop,
  learningRate: 0.1,
  onLearningRateChange: noop,
};

export const Paused: Story = { args: base, render: () => <Harness /> };
export const Running: Story = { args: base, render: () => <Harness initial="running" /> };
export const Blocked: Story = {
  args: { ...base, disabledReason: "Connect the neuron to the loss before training (node n3 has no output)." },
};
export const UnusualLearningRate: Story = { args: { ...base, learningRate: 0.05 } };
export const Dark: Story = { args: base, render: () => <Harness initial="running" />, parameters: { theme: "dark" } };
/** As the editor uses it: no learning-rate select (it lives in the settings), dashes until the first numbers, Play and Step waiting. */
export const EditorLoading: Story = {
  args: {
    status: "idle",
    step: 0,
    onPlay: noop,
    onPause: noop,
    onStep: noop,
    onReset: noop,
    onReseed: noop,
    busy: true,
    showStats: true,
  },
};
