/** Editor mirror of @nudge/runtime's Snapshot (protocol.ts); swapped for the real type once exported. */
export interface Snapshot {
  step: number;
  loss: number;
  trainAccuracy?: number;
  testAccuracy?: number;
  nodes: Record<string, { value: number; grad: number }>;
  edges: Record<string, { weight: number; grad: number }>;
  boundary?: { size: number; xRange: [number, number]; yRange: [number, number]; values: Float32Array };
  nodeMaps?: Record<string, Float32Array>;
  status: "idle" | "running" | "paused" | "error";
  error?: string;
}
