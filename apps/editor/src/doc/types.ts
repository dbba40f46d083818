/** Editor-side mirror of the GraphDoc contract (CONTRACTS.md); replaced by @nudge/graph's types once exported. */
export type NodeKindName = string;

export interface DocNode {
  id: string;
  kind: NodeKindName;
  position: { x: number; y: number };
  params: Record<string, unknown>;
  label?: string;
}

export interface DocEdge {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
  weight?: number;
}

export type ToyName = "moons" | "circles" | "spiral" | "xor" | "blobs" | "sine";

export type DataChoice =
  | { kind: "toy"; name: ToyName; n: number; noise: number; seed: number; testFraction: number }
  | { kind: "none" };

export interface TrainingSettings {
  loss: string;
  optimizer: { kind: "sgd" | "adam"; lr: number; momentum?: number };
  schedule: { kind: "constant" | "linear-decay"; final?: number };
  batchSize: number | "all";
  l2: number;
  seed: number;
}

export interface GraphDoc {
  version: 1;
  title: string;
  mode: "expression" | "neurons" | "layers";
  nodes: DocNode[];
  edges: DocEdge[];
  data: DataChoice;
  training: TrainingSettings;
  focus?: number;
}

export interface Connection {
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
}

export type ConnectResult = { ok: true } | { ok: false; reason: string };
