import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useState } from "react";
import { EdgePath } from "./EdgePath";
import { storyRng } from "./story-data";

const meta = { title: "Edges/MLP 2-16-16-1 (337 edges)", parameters: { layout: "fullscreen" } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const layers = [2, 16, 16, 1];
const xOf = (l: number) => 60 + l * 300;
const yOf = (l: number, i: number) => 340 + (i - (layers[l]! - 1) / 2) * 40;
const edges = layers
  .slice(1)
  .flatMap((n, l) =>
    Array.from({ length: n * layers[l]! }, (_, k) => ({ l, from: k % layers[l]!, to: Math.floor(k / layers[l]!) })),
  );

function Mlp({ live, halo = true }: { live: boolean; halo?: boolean }) {
  const [t, setT] = useState(0);
  useEffect(() => {
    if (!live) return;
    const id = setInterval(() => setT((v) => v + 2), 1000 / 30);
    return () => clearInterval(id);
  }, [live]);
  const rng = storyRng(5 + (t >> 1));
  return (
    <svg width={1000} height={700} role="img" aria-label={`${edges.length} weighted edges`}>
      {edges.map((e, k) => {
        const x1 = xOf(e.l);
        const x2 = xOf(e.l + 1);
        const y1 = yOf(e.l, e.from);
        const y2 = yOf(e.l + 1, e.to);
        const w = Math.sin(k * 1.7) * 2;
        return (
          <EdgePath
            key={k}
            d={`M ${x1} ${y1} C ${x1 + 150} ${y1}, ${x2 - 150} ${y2}, ${x2} ${y2}`}
            weight={w}
            grad={0.3 * (2 * rng() - 1) ** 3}
            maxAbsWeight={2}
            maxAbsGrad={0.3}
            halo={halo}
          />
        );
      })}
    </svg>
  );
}

export const Static: Story = { render: () => <Mlp live={false} /> };
export const Live30PerSecond: Story = { render: () => <Mlp live /> };
export const Live30PerSecondNoHalo: Story = { render: () => <Mlp live halo={false} /> };
