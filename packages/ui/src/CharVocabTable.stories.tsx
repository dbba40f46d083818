import type { Meta, StoryObj } from "@storybook/react-vite";
import { CharVocabTable } from "./CharVocabTable";

const meta = {
  component: CharVocabTable,
  title: "Text/CharVocabTable",
  args: { chars: [".", ..."abcdefghijklmnopqrstuvwxyz"] },
} satisfies Meta<typeof CharVocabTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Names: Story = {};
/** A learner's own list (gene identifiers): digits and letters. */
export const GeneIds: Story = { args: { chars: [".", ..."0123456789", ..."acgt"] } };
