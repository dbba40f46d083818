import type { Meta, StoryObj } from "@storybook/react-vite";
import { GlmComparisonTable } from "./GlmComparisonTable";

// Poisson regression on 120 leaves (lesions against scaled humidity and temperature), after training.
const glm = {
  intercept: 0.7817,
  weights: [0.7302, -0.4115],
  deviance: 118.42,
  logLikelihood: -221.37,
  standardErrors: { intercept: 0.0551, weights: [0.0452, 0.0437] },
};
const meta = {
  component: GlmComparisonTable,
  title: "Panels/GlmComparisonTable",
  args: {
    regression: "Poisson regression",
    link: "log",
    features: ["humidity (scaled)", "temperature (scaled)"],
    rows: 120,
    step: 500,
    neuron: { intercept: 0.78170004, weights: [0.73019995, -0.41150003], deviance: 118.42, logLikelihood: -221.37 },
    glm,
    maxDifference: 7.3e-8,
    tolerance: 1e-3,
    agrees: true,
  },
} satisfies Meta<typeof GlmComparisonTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Agrees: Story = {};
/** Early in training the neuron is still far from the maximum-likelihood fit. */
export const NotYet: Story = {
  args: {
    step: 20,
    neuron: { intercept: 0.41, weights: [0.35, -0.12], deviance: 190.3, logLikelihood: -257.3 },
    maxDifference: 0.38,
    agrees: false,
  },
};
export const Linear: Story = {
  args: {
    regression: "linear regression",
    link: "identity",
    features: ["x"],
    rows: 100,
    neuron: { intercept: 0.0132, weights: [0.2145], deviance: 62.1, logLikelihood: -122.9 },
    glm: {
      intercept: 0.0132,
      weights: [0.2145],
      deviance: 62.1,
      logLikelihood: -122.9,
      standardErrors: { intercept: 0.079, weights: [0.09] },
    },
    maxDifference: 3e-16,
  },
};
export const Dark: Story = { parameters: { theme: "dark" } };
