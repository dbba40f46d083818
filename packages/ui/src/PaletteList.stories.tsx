import type { Meta, StoryObj } from "@storybook/react-vite";
import { PaletteList } from "./PaletteList";

const items = [
  { kind: "input", label: "Input", category: "Data", icon: "x", description: "A feature of the dataset" },
  { kind: "output", label: "Output", category: "Data", icon: "ŷ" },
  { kind: "loss", label: "Loss", category: "Data", icon: "L" },
  { kind: "neuron", label: "Neuron", category: "Neurons", icon: "∑", description: "act(Σ w·x + b)" },
  { kind: "dense", label: "Dense layer", category: "Neurons", icon: "▦" },
  { kind: "activation", label: "Activation", category: "Neurons", icon: "σ" },
  { kind: "add", label: "Add", category: "Scalar ops", icon: "+" },
  { kind: "mul", label: "Multiply", category: "Scalar ops", icon: "×" },
  { kind: "tanh", label: "Tanh", category: "Scalar ops", icon: "th" },
  { kind: "constant", label: "Constant", category: "Values", icon: "c" },
  { kind: "parameter", label: "Parameter", category: "Values", icon: "w" },
];

const meta = {
  component: PaletteList,
  title: "Panels/PaletteList",
  args: { items },
  decorators: [
    (Story) => (
      <div style={{ width: 200 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PaletteList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AllKinds: Story = {};
export const Uncategorised: Story = { args: { items: items.map(({ kind, label }) => ({ kind, label })).slice(0, 4) } };
export const Dark: Story = { parameters: { theme: "dark" } };
