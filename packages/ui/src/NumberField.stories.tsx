import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { NumberField } from "./NumberField";
import { SelectField } from "./SelectField";

const meta = { component: NumberField, title: "Controls/NumberField and SelectField" } satisfies Meta<
  typeof NumberField
>;
export default meta;
type Story = StoryObj<typeof meta>;

function Fields() {
  const [w, setW] = useState(-0.8473629102384);
  const [units, setUnits] = useState(16);
  const [opt, setOpt] = useState<"sgd" | "adam">("sgd");
  return (
    <div style={{ display: "grid", gap: 12, width: 240 }}>
      <NumberField label="w1" value={w} onChange={setW} min={-10} max={10} hint="Enter commits, Escape reverts" />
      <NumberField label="units" value={units} onChange={setUnits} min={1} max={512} integer />
      <SelectField
        label="Optimiser"
        value={opt}
        options={[
          { value: "sgd", label: "SGD" },
          { value: "adam", label: "Adam" },
        ]}
        onChange={setOpt}
      />
    </div>
  );
}

export const Controlled: Story = { args: { label: "w1", value: 0, onChange: () => {} }, render: () => <Fields /> };
export const Disabled: Story = { args: { label: "bias", value: 0.35, onChange: () => {}, disabled: true } };
export const Dark: Story = { ...Controlled, parameters: { theme: "dark" } };
/** A weight not set yet: empty, with a placeholder, commits nothing until a number is typed. */
export const Unset: Story = {
  args: { label: "w from x1", value: undefined, placeholder: "random", onChange: () => {} },
};
