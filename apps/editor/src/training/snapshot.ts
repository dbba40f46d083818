export type { Snapshot } from "@nudge/runtime";
