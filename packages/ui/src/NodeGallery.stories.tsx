import type { Meta, StoryObj } from "@storybook/react-vite";
import { ConstantNodeView } from "./ConstantNodeView";
import { DenseLayerView } from "./DenseLayerView";
import { InputNodeView } from "./InputNodeView";
import { LossNodeView } from "./LossNodeView";
import { NeuronView } from "./NeuronView";
import { OpNodeView } from "./OpNodeView";
import { OutputNodeView } from "./OutputNodeView";
import { gridOf, neuronMap } from "./story-data";

const meta = { title: "Overview/All node views" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const row = { display: "flex", gap: 16, alignItems: "flex-start", flexWrap: "wrap", maxWidth: 1200 } as const;

function Gallery() {
  return (
    <div style={row}>
      <InputNodeView label="x1" value={0.8731} featureMap={gridOf((x) => x / 2)} />
      <NeuronView
        label="h1"
        activation="tanh"
        value={0.7616}
        grad={-0.1234}
        bias={0.35}
        outputMap={neuronMap(1.8, -2.4, 0.35)}
      />
      <DenseLayerView
        units={16}
        activation="relu"
        outputShape={[32, 16]}
        paramCount={48}
        meanAbsWeight={0.412}
        meanAbsGrad={0.0031}
      />
      <OutputNodeView label="y" value={0.9124} target={1} grad={-0.0876} predictedClass="upper moon" />
      <LossNodeView loss="max-margin + L2" value={0.3121} regularisation={0.0412} />
      <ConstantNodeView kind="constant" label="c" value={10} />
      <ConstantNodeView kind="parameter" label="w1" value={-3} grad={1.0} />
      <OpNodeView label="e" op="*" data={-6} grad={-2} />
    </div>
  );
}

export const Light: Story = { render: () => <Gallery /> };
export const Dark: Story = { render: () => <Gallery />, parameters: { theme: "dark" } };
