import { formatSigned } from "./format.js";

/** Every validation message @nudge/ui shows, by code (one catalogue for the package). */
export const messages = {
  notNumber: (text: string) => `"${text}" is not a number. Type digits, e.g. -0.5 or 2e-3.`,
  empty: () => "Type a number.",
  belowMin: (min: number) => `Must be at least ${formatSigned(min, 4)}.`,
  aboveMax: (max: number) => `Must be at most ${formatSigned(max, 4)}.`,
  notInteger: () => "Must be a whole number.",
} as const;

/** A validation message code. */
export type MessageCode = keyof typeof messages;
