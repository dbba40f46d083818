/* The parts of a GraphDoc the runtime reads, loosely typed: documents from outside may be malformed. */

/** One node of the document, as far as the runtime reads it. */
export interface DocNodeLike {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  position?: { x: number; y: number };
  label?: string;
}

/** One edge of the document; an edge into a neuron's input port carries its weight. */
export interface DocEdgeLike {
  id: string;
  source: string;
  sourceHandle?: string | null;
  target: string;
  targetHandle?: string | null;
  weight?: number;
}

/** The dataset choice of a document. */
export type DataChoiceLike =
  | { kind: "toy"; name: string; n: number; noise: number; seed: number; testFraction: number }
  | { kind: "none" };
