import type { Meta, StoryObj } from "@storybook/react-vite";
import { SignedNumber } from "./SignedNumber";
import { SignLegend } from "./SignLegend";

const meta = { title: "Theme/Tokens" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const sizes = ["xs", "sm", "md", "lg", "xl"];
const spaces = [1, 2, 3, 4, 5, 6];
const colours = [
  "bg",
  "surface",
  "surface-2",
  "border",
  "text",
  "text-muted",
  "pos",
  "neg",
  "zero",
  "grad",
  "active",
  "ok",
  "error",
  "class-0",
  "class-1",
  "class-2",
  "class-3",
];

function Tokens() {
  return (
    <div style={{ display: "grid", gap: 16, maxWidth: 760 }}>
      <section>
        <h3 style={{ margin: "0 0 8px", fontSize: "var(--nudge-text-lg)" }}>Type scale</h3>
        {sizes.map((s) => (
          <div key={s} style={{ fontSize: `var(--nudge-text-${s})` }}>
            --nudge-text-{s}: Nudge a weight and watch the loss
          </div>
        ))}
      </section>
      <section style={{ display: "flex", gap: 12, alignItems: "end" }}>
        {spaces.map((s) => (
          <div key={s} style={{ display: "grid", gap: 4, justifyItems: "center", fontSize: "var(--nudge-text-xs)" }}>
            <div
              style={{
                width: `var(--nudge-space-${s})`,
                height: `var(--nudge-space-${s})`,
                background: "var(--nudge-pos)",
              }}
            />
            space-{s}
          </div>
        ))}
      </section>
      <section style={{ display: "grid", gridTemplateColumns: "repeat(6, 1fr)", gap: 8 }}>
        {colours.map((c) => (
          <div key={c} style={{ display: "grid", gap: 4, fontSize: "var(--nudge-text-xs)" }}>
            <div
              style={{
                height: 32,
                borderRadius: 4,
                border: "1px solid var(--nudge-border)",
                background: `var(--nudge-${c})`,
              }}
            />
            {c}
          </div>
        ))}
      </section>
      <section style={{ display: "flex", gap: 16 }}>
        <SignedNumber value={0.5} /> <SignedNumber value={-0.5} /> <SignedNumber value={0} />{" "}
        <SignedNumber value={3e-7} /> <SignedNumber value={NaN} />
      </section>
      <SignLegend />
    </div>
  );
}

export const Light: Story = { render: () => <Tokens /> };
export const Dark: Story = { render: () => <Tokens />, parameters: { theme: "dark" } };
