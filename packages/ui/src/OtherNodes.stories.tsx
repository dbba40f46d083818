import type { Meta, StoryObj } from "@storybook/react-vite";
import { ConstantNodeView } from "./ConstantNodeView";
import { DenseLayerView } from "./DenseLayerView";
import { InputNodeView } from "./InputNodeView";
import { LossNodeView } from "./LossNodeView";
import { OutputNodeView } from "./OutputNodeView";
import { gridOf } from "./story-data";

const meta = { title: "Nodes/Other nodes" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const row = { display: "flex", gap: 16, alignItems: "flex-start", flexWrap: "wrap" } as const;

export const All: Story = {
  render: () => (
    <div style={row}>
      <InputNodeView label="x1" value={0.8731} featureMap={gridOf((x) => x / 2)} />
      <InputNodeView label="x2" value={-0.2145} featureMap={gridOf((_, y) => y)} />
      <InputNodeView label="features" shape={[100, 2]} />
      <DenseLayerView units={16} activation="relu" outputShape={[32, 16]} paramCount={48} meanAbsWeight={0.412} meanAbsGrad={0.0031} />
      <OutputNodeView label="y" value={0.9124} target={1} grad={-0.0876} predictedClass="upper moon" />
      <OutputNodeView label="ŷ" task="regression" value={-1.5} target={-1.2} grad={-0.6} />
      <LossNodeView loss="max-margin + L2" value={0.3121} regularisation={0.0412} />
      <ConstantNodeView kind="constant" label="c" value={10} />
      <ConstantNodeView kind="parameter" label="w1" value={-3} grad={1.0} />
    </div>
  ),
};
export const Dark: Story = { ...All, parameters: { theme: "dark" } };
