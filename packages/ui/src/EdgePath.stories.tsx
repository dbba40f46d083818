import type { Meta, StoryObj } from "@storybook/react-vite";
import { EdgeLabel } from "./EdgeLabel";
import { EdgePath } from "./EdgePath";

const meta = { title: "Edges/EdgePath" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const edges = [
  { weight: 1.9, grad: 0 },
  { weight: 0.6, grad: 0.05 },
  { weight: 0.05, grad: 0.6 },
  { weight: -0.3, grad: 0 },
  { weight: -1.4, grad: 0.9 },
  { weight: -2.5, grad: -0.2 },
  { weight: undefined, grad: 0.4 },
];

function Gallery() {
  return (
    <div style={{ display: "grid", gridTemplateColumns: "220px auto", gap: 8, alignItems: "center" }}>
      {edges.map((e, i) => (
        <div key={i} style={{ display: "contents" }}>
          <svg width={220} height={36} role="img" aria-label={`edge ${i}`}>
            <EdgePath id={`e${i}`} d="M 10 18 C 80 2, 140 34, 210 18" weight={e.weight} grad={e.grad} />
          </svg>
          <EdgeLabel weight={e.weight} grad={e.grad} shape={e.weight === undefined ? [100, 16] : undefined} />
        </div>
      ))}
    </div>
  );
}

export const WeightsAndGradients: Story = { render: () => <Gallery /> };
export const Pulsing: Story = {
  render: () => (
    <div className="nudge-animate-flow">
      <Gallery />
    </div>
  ),
};
export const Dark: Story = { render: () => <Gallery />, parameters: { theme: "dark" } };
