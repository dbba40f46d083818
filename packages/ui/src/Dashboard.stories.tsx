import type { Meta, StoryObj } from "@storybook/react-vite";
import { AccuracyChart } from "./AccuracyChart";
import { ConfusionMatrix } from "./ConfusionMatrix";
import { DecisionBoundary } from "./DecisionBoundary";
import { EdgePath } from "./EdgePath";
import { HintBanner } from "./HintBanner";
import { InputNodeView } from "./InputNodeView";
import { LossChart } from "./LossChart";
import { LossNodeView } from "./LossNodeView";
import { NeuronView } from "./NeuronView";
import { OutputNodeView } from "./OutputNodeView";
import { PaletteList } from "./PaletteList";
import { SignLegend } from "./SignLegend";
import { gridOf, lossCurve, moonsBoundary, moonsPoints, neuronMap, plane } from "./story-data";
import { TrainingControls } from "./TrainingControls";

const meta = { title: "Overview/Moons mid-training", parameters: { layout: "fullscreen" } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const hidden = [
  { id: "h1", w: [1.8, -2.4], b: 0.35, value: 0.7616, grad: -0.1234 },
  { id: "h2", w: [-0.6, 2.9], b: -0.8, value: -0.412, grad: 0.0871 },
  { id: "h3", w: [2.6, 0.4], b: -1.9, value: 0.1932, grad: 0.3012 },
  { id: "h4", w: [-1.2, -1.5], b: 1.1, value: 0.9051, grad: -0.0045 },
];
const outW = [1.4, -2.1, 0.9, -0.3];
const curves = lossCurve(400);
const boundary = { ...moonsBoundary(40), xRange: plane.x, yRange: plane.y };
const train = moonsPoints(100, 0.1, 1);
const test = moonsPoints(30, 0.1, 2);
const nodeX = { input: 16, hidden: 260, output: 520, loss: 520 };
const rowY = (i: number) => 24 + i * 118;
const mid = (x1: number, y1: number, x2: number, y2: number) =>
  `M ${x1} ${y1} C ${(x1 + x2) / 2} ${y1}, ${(x1 + x2) / 2} ${y2}, ${x2} ${y2}`;

function Network() {
  const inputs = [
    { id: "x1", value: 0.8731, map: gridOf((x) => x / 2) },
    { id: "x2", value: -0.2145, map: gridOf((_, y) => y) },
  ];
  return (
    <div style={{ position: "relative", height: 500 }}>
      <svg width="100%" height="100%" style={{ position: "absolute", inset: 0 }} aria-hidden>
        {inputs.map((_, i) =>
          hidden.map((h, j) => (
            <EdgePath
              key={`${i}${j}`}
              d={mid(nodeX.input + 150, rowY(i + 1) + 34, nodeX.hidden, rowY(j) + 40)}
              weight={h.w[i]}
              grad={h.grad * 0.8}
              maxAbsWeight={3}
            />
          )),
        )}
        {hidden.map((h, j) => (
          <EdgePath
            key={h.id}
            d={mid(nodeX.hidden + 200, rowY(j) + 40, nodeX.output, rowY(1) + 40)}
            weight={outW[j]}
            grad={h.grad}
            maxAbsWeight={3}
          />
        ))}
        <EdgePath d={mid(nodeX.output + 80, rowY(1) + 110, nodeX.loss + 80, rowY(3))} />
      </svg>
      {inputs.map((x, i) => (
        <div key={x.id} style={{ position: "absolute", left: nodeX.input, top: rowY(i + 1) }}>
          <InputNodeView label={x.id} value={x.value} featureMap={x.map} />
        </div>
      ))}
      {hidden.map((h, j) => (
        <div key={h.id} style={{ position: "absolute", left: nodeX.hidden, top: rowY(j), width: 200 }}>
          <NeuronView
            label={h.id}
            activation="tanh"
            value={h.value}
            grad={h.grad}
            bias={h.b}
            outputMap={neuronMap(h.w[0]!, h.w[1]!, h.b)}
            selected={j === 0}
          />
        </div>
      ))}
      <div style={{ position: "absolute", left: nodeX.output, top: rowY(1) }}>
        <OutputNodeView label="y" value={0.8124} target={1} grad={-0.1876} predictedClass="upper moon" />
      </div>
      <div style={{ position: "absolute", left: nodeX.loss, top: rowY(3) }}>
        <LossNodeView loss="max-margin + L2" value={0.1843} regularisation={0.0212} />
      </div>
    </div>
  );
}

function Dashboard() {
  const noop = () => {};
  return (
    <div
      style={{
        display: "grid",
        gridTemplateColumns: "168px 1fr 340px",
        gridTemplateRows: "auto 1fr",
        gap: 12,
        padding: 12,
        height: 720,
        boxSizing: "border-box",
      }}
    >
      <div style={{ gridColumn: "1 / 3" }}>
        <TrainingControls
          status="running"
          step={1240}
          stepsPerSecond={480}
          onPlay={noop}
          onPause={noop}
          onStep={noop}
          onReset={noop}
          learningRate={0.03}
          onLearningRateChange={noop}
          batchSize={32}
          onBatchSizeChange={noop}
        />
      </div>
      <HintBanner>Watch the boundary bend around the moons.</HintBanner>
      <PaletteList
        items={[
          { kind: "input", label: "Input", category: "Data" },
          { kind: "output", label: "Output", category: "Data" },
          { kind: "loss", label: "Loss", category: "Data" },
          { kind: "neuron", label: "Neuron", category: "Neurons" },
          { kind: "dense", label: "Dense layer", category: "Neurons" },
          { kind: "add", label: "Add", category: "Scalar ops" },
          { kind: "mul", label: "Multiply", category: "Scalar ops" },
        ]}
      />
      <div style={{ display: "grid", gridTemplateRows: "1fr auto", minWidth: 0 }}>
        <Network />
        <SignLegend />
      </div>
      <div style={{ display: "grid", gap: 8, alignContent: "start" }}>
        <DecisionBoundary
          boundary={boundary}
          train={train}
          test={test}
          classNames={["upper moon", "lower moon"]}
          size={210}
        />
        <LossChart steps={curves.step} loss={curves.loss} width={330} height={110} />
        <AccuracyChart steps={curves.step} trainAccuracy={curves.acc} width={330} height={90} />
        <ConfusionMatrix
          matrix={[
            [14, 1],
            [2, 13],
          ]}
          labels={["upper", "lower"]}
          caption="Test set"
        />
      </div>
    </div>
  );
}

export const Light: Story = { render: () => <Dashboard /> };
export const Dark: Story = { render: () => <Dashboard />, parameters: { theme: "dark" } };
