import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { RunsList, type RunRow } from "./RunsList";

const meta = { component: RunsList, title: "Panels/RunsList" } satisfies Meta<typeof RunsList>;
export default meta;
type Story = StoryObj<typeof meta>;

const rows: RunRow[] = [
  {
    id: "a",
    name: "",
    autoName: "lr 0.1 · batch all",
    steps: 200,
    parameters: 337,
    loss: 0.2841,
    trainAccuracy: 0.88,
    checked: true,
  },
  {
    id: "b",
    name: "too fast?",
    autoName: "lr 0.5 · batch all",
    steps: 200,
    parameters: 337,
    loss: 0.0512,
    trainAccuracy: 0.99,
    testAccuracy: 0.95,
    checked: true,
  },
  {
    id: "c",
    name: "",
    autoName: "lr 0.5 · batch 16",
    steps: 1240,
    parameters: 337,
    loss: 0.0113,
    trainAccuracy: 1,
    checked: false,
    active: true,
  },
];

function Harness() {
  const [runs, setRuns] = useState(rows);
  const [said, setSaid] = useState("");
  const change = (id: string, patch: Partial<RunRow>) =>
    setRuns((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <div style={{ width: 330 }}>
      <RunsList
        runs={runs}
        kept={20}
        onToggle={(id) => change(id, { checked: !runs.find((r) => r.id === id)!.checked })}
        onRename={(id, name) => change(id, { name })}
        onRestore={(id) => setSaid(`restored ${id}`)}
        onDelete={(id) => setRuns((rs) => rs.filter((r) => r.id !== id))}
        onDeleteAll={() => setRuns([])}
      />
      <output aria-label="last action">{said}</output>
    </div>
  );
}

const noop = () => {};

/** Three runs, newest first; two overlaid, the newest still training. */
export const ThreeRuns: Story = {
  args: { runs: rows, kept: 20, onToggle: noop, onRename: noop, onRestore: noop, onDelete: noop, onDeleteAll: noop },
  render: () => <Harness />,
};

/** No runs yet: what the list is for. */
export const Empty: Story = {
  args: { runs: [], kept: 20, onToggle: noop, onRename: noop, onRestore: noop, onDelete: noop, onDeleteAll: noop },
};
