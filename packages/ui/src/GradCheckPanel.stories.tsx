import type { Meta, StoryObj } from "@storybook/react-vite";
import { GradCheckPanel } from "./GradCheckPanel";

// micrograd README: dg/da = 138.8338, dg/db = 645.5773.
const meta = {
  component: GradCheckPanel,
  title: "Panels/GradCheckPanel",
  args: { target: "dg/da", backprop: 138.83381924198252, finiteDifference: 138.83381924572 },
} satisfies Meta<typeof GradCheckPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const RightGuess: Story = { args: { defaultGuess: 138.8338 } };
export const WrongSign: Story = {
  args: { target: "dg/db", backprop: 645.5772594752186, finiteDifference: 645.57725947, defaultGuess: -645.5773 },
};
export const BackpropBug: Story = { args: { target: "dL/dw", backprop: 0.5, finiteDifference: 1.0, defaultGuess: 1 } };
export const Dark: Story = { args: { defaultGuess: 138.8338 }, parameters: { theme: "dark" } };
/** Before Backward has run: the guess is compared with the finite difference alone. */
export const BeforeBackward: Story = { args: { backprop: undefined, defaultGuess: 138.8338 } };
