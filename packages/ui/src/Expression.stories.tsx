import type { Meta, StoryObj } from "@storybook/react-vite";
import { EdgePath } from "./EdgePath";
import { GradCheckPanel } from "./GradCheckPanel";
import { OpNodeView } from "./OpNodeView";

const meta = { title: "Overview/Expression step-through", parameters: { layout: "fullscreen" } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

// micrograd lecture 1: L = (a*b + c) * f with a = 2, b = −3, c = 10, f = −2; backward has reached d.
const nodes = [
  { id: "a", x: 16, y: 40, data: 2, grad: 6 },
  { id: "b", x: 16, y: 140, data: -3, grad: -4 },
  { id: "e", op: "*", x: 316, y: 90, data: -6, grad: -2 },
  { id: "c", x: 316, y: 200, data: 10, grad: -2 },
  { id: "d", op: "+", x: 616, y: 145, data: 4, grad: -2, active: true },
  { id: "f", x: 616, y: 260, data: -2, grad: 4 },
  { id: "L", op: "*", x: 916, y: 200, data: -8, grad: 1 },
];
const wires = [
  ["a", "e"],
  ["b", "e"],
  ["e", "d"],
  ["c", "d"],
  ["d", "L"],
  ["f", "L"],
] as const;
const at = (id: string) => nodes.find((n) => n.id === id)!;

function Expression() {
  return (
    <div
      style={{
        display: "grid",
        gridTemplateRows: "360px auto",
        gap: 16,
        padding: 16,
        height: 720,
        boxSizing: "border-box",
      }}
    >
      <div style={{ position: "relative" }}>
        <svg width="100%" height="100%" style={{ position: "absolute", inset: 0 }} aria-hidden>
          {wires.map(([s, t]) => {
            const a = at(s);
            const b = at(t);
            const x1 = a.x + (a.op ? 270 : 228);
            const y1 = a.y + 18;
            const x2 = b.x;
            const y2 = b.y + 18;
            return (
              <EdgePath
                key={`${s}${t}`}
                d={`M ${x1} ${y1} C ${x1 + 30} ${y1}, ${x2 - 30} ${y2}, ${x2} ${y2}`}
                grad={t === "d" ? 2 : 0}
                selected={t === "d"}
              />
            );
          })}
        </svg>
        {nodes.map((n) => (
          <div key={n.id} style={{ position: "absolute", left: n.x, top: n.y }}>
            <OpNodeView label={n.id} op={n.op} data={n.data} grad={n.grad} active={n.active} phase="backward" />
          </div>
        ))}
      </div>
      <GradCheckPanel target="dL/dc" backprop={-2} finiteDifference={-2.0000000000575113} defaultGuess={-2} />
    </div>
  );
}

export const BackwardAtD: Story = { render: () => <Expression /> };
export const Dark: Story = { render: () => <Expression />, parameters: { theme: "dark" } };
