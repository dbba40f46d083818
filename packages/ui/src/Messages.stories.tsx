import type { Meta, StoryObj } from "@storybook/react-vite";
import { HintBanner } from "./HintBanner";
import { SignLegend } from "./SignLegend";
import { Toast } from "./Toast";

const meta = { title: "Panels/HintBanner, Toast and SignLegend" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

function Messages() {
  return (
    <div style={{ display: "grid", gap: 12, width: 520 }}>
      <HintBanner onDismiss={() => {}}>Press Play and watch the boundary bend around the moons.</HintBanner>
      <HintBanner>Drag a Neuron from the palette onto the canvas.</HintBanner>
      <Toast kind="error" title="Could not open moons.nudge.json" onDismiss={() => {}}>
        Line 12, column 5: "nodes" must be a list. Your current graph is unchanged.
      </Toast>
      <Toast kind="info" title="Connection refused">
        A neuron's output cannot feed its own input (cycle n2 → n2).
      </Toast>
      <Toast kind="success" title="Saved" />
      <SignLegend />
    </div>
  );
}

export const Light: Story = { render: () => <Messages /> };
export const Dark: Story = { render: () => <Messages />, parameters: { theme: "dark" } };
