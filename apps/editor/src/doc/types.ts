export type { DataChoice, DocEdge, DocNode, GraphDoc, LossName, ToyName, TrainingSettings } from "@nudge/graph";

/** A wire the learner is trying to make (handles are port names). */
export interface Connection {
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
}

export type ConnectResult = { ok: true } | { ok: false; reason: string };
