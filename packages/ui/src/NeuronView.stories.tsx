import type { Meta, StoryObj } from "@storybook/react-vite";
import { NeuronView } from "./NeuronView";
import { neuronMap } from "./story-data";

const meta = { component: NeuronView, title: "Nodes/NeuronView" } satisfies Meta<typeof NeuronView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Untrained: Story = { args: { label: "h1", activation: "tanh" } };
export const MoonsMidTraining: Story = {
  args: {
    label: "h3",
    activation: "tanh",
    value: 0.7616,
    grad: -0.1234,
    bias: 0.35,
    outputMap: neuronMap(1.8, -2.4, 0.35),
  },
};
export const NegativeEverything: Story = {
  args: { label: "h7", activation: "relu", value: 0, grad: -0.0421, bias: -1.2, outputMap: neuronMap(-2, -1, -1.2) },
};
export const Active: Story = { args: { ...MoonsMidTraining.args, label: "h3", activation: "tanh", active: true } };
export const Selected: Story = { args: { ...MoonsMidTraining.args, label: "h3", activation: "tanh", selected: true } };
export const Dark: Story = {
  args: { ...MoonsMidTraining.args, label: "h3", activation: "tanh" },
  parameters: { theme: "dark" },
};
export const Saturated: Story = {
  args: { label: "h2", activation: "tanh", value: 0.99999, grad: 0.00001, bias: 4.2, outputMap: neuronMap(6, 5, 4.2) },
};
/** A lone exp neuron trained with the Poisson NLL is Poisson regression: the node names its GLM. */
export const PoissonGlm: Story = {
  args: { label: "h1_1", activation: "exp", glm: "Poisson regression · log link", value: 2.31, grad: 0.12, bias: 0.78 },
};
