import { defaultTraining } from "@nudge/graph";
import type { DocEdge, DocNode } from "@nudge/graph";
import type { TrainDoc, TrainingSettings } from "../src/index.js";

/** A node. */
export const node = (id: string, kind: string, params: Record<string, unknown> = {}): DocNode => ({
  id,
  kind,
  params: params as DocNode["params"],
  position: { x: 0, y: 0 },
});

/** A wire into `target`'s `port`. */
export const edge = (source: string, target: string, port = "in", weight?: number): DocEdge => ({
  id: `${source}-${target}-${port}`,
  source,
  sourceHandle: "out",
  target,
  targetHandle: port,
  ...(weight === undefined ? {} : { weight }),
});

const sgd = { kind: "sgd", lr: 0.1 } as const;
const training = defaultTraining({ loss: "mse", optimizer: sgd, schedule: { kind: "constant" }, l2: 0, seed: 1 });

/** A document around nodes and edges (moons data unless `data: none`). */
export function makeDoc(
  nodes: DocNode[],
  edges: DocEdge[],
  options: { data?: "none" | "moons"; training?: Partial<TrainingSettings> } = {},
): TrainDoc {
  return {
    version: 1 as const,
    title: "test",
    mode: options.data === "none" ? "expression" : "neurons",
    nodes,
    edges,
    data:
      options.data === "none"
        ? { kind: "none" }
        : { kind: "toy", name: "moons", n: 40, noise: 0.1, seed: 3, testFraction: 0.25 },
    training: { ...training, ...options.training },
  } as unknown as TrainDoc;
}
