import { namesData, toyData } from "../schema/defaults.js";
import type {
  ActivationName,
  DataChoice,
  DocEdge,
  DocNode,
  GraphDoc,
  LossName,
  TrainingSettings,
} from "../schema/types.js";
import { doc, e, n } from "./build.js";

/** What {@link deepTanhMlp} builds: makemore part 3's deep tanh network, with or without BatchNorm. */
export interface DeepMlpOptions {
  title: string;
  /** Nodes from the data to the first hidden layer's input; the last one's "out" feeds it. Default: one Features node. */
  front?: { nodes: DocNode[]; edges: DocEdge[] };
  data: DataChoice;
  hidden: number;
  width: number;
  /** The output layer: its units, activation and the loss on it. */
  head: { units: number; activation: ActivationName; loss: LossName };
  batchNorm: boolean;
  training: Partial<TrainingSettings>;
}

/**
 * `hidden` tanh layers of `width` (Kaiming init; with BatchNorm: Dense without bias → BatchNorm → tanh, as
 * makemore part 3), then a Dense output layer with init × 0.1 (a first guess near uniform) and the head's loss.
 */
export function deepTanhMlp(o: DeepMlpOptions): GraphDoc {
  const front = o.front ?? { nodes: [n("x", "features", {}, "x")], edges: [] };
  const nodes = [...front.nodes];
  const edges = [...front.edges];
  let prev = front.nodes.at(-1)!.id;
  const chain = (node: DocNode) => {
    nodes.push(node);
    edges.push(e(prev, node.id, node.kind === "activation" ? "x" : "in"));
    prev = node.id;
  };
  for (let i = 1; i <= o.hidden; i++) {
    if (o.batchNorm) {
      chain(n(`d${i}`, "dense", { units: o.width, activation: "identity", useBias: false, init: "kaiming" }));
      chain(n(`bn${i}`, "batchnorm", { momentum: 0.1, epsilon: 1e-5 }));
      chain(n(`t${i}`, "activation", { fn: "tanh" }));
    } else chain(n(`d${i}`, "dense", { units: o.width, activation: "tanh", useBias: true, init: "kaiming" }));
  }
  const { units, activation, loss } = o.head;
  chain(n("out", "dense", { units, activation, useBias: true, init: "0.1" }));
  chain(n("y", "output", { index: 0 }, "ŷ"));
  nodes.push(n("loss", "loss", { fn: loss }));
  edges.push(e("y", "loss", "pred"));
  const built = doc(o.title, "layers", nodes, edges, o.data, { loss, ...o.training });
  const place = blockPositions(
    front.nodes.map((node) => node.id),
    o.hidden,
  );
  return { ...built, nodes: built.nodes.map((node) => ({ ...node, position: place(node.id) })) };
}

/** A long chain reads better in blocks: the front in a row, then one column per hidden layer (Dense over BatchNorm over tanh). */
function blockPositions(front: string[], hidden: number) {
  const step = 230;
  const start = front.length - 1;
  return (id: string): { x: number; y: number } => {
    const match = /^(d|bn|t)(\d+)$/.exec(id);
    if (match)
      return { x: (start + Number(match[2])) * step, y: { d: 0, bn: 110, t: 220 }[match[1] as "d" | "bn" | "t"] };
    const after = { out: 1, y: 2, loss: 3 }[id as "out" | "y" | "loss"];
    return { x: (after === undefined ? Math.max(0, front.indexOf(id)) : start + hidden + after) * step, y: 110 };
  };
}
/** makemore part 3 on a toy set: five tanh layers of 16 with BatchNorm on the two moons (first loss near ln 2). */
export function moonsBatchNorm(): GraphDoc {
  return deepTanhMlp({
    title: "Deep tanh MLP with BatchNorm (moons)",
    data: toyData("moons", { n: 100, noise: 0.1, testFraction: 0.2 }),
    hidden: 5,
    width: 16,
    head: { units: 1, activation: "sigmoid", loss: "bce" },
    batchNorm: true,
    training: { optimizer: { kind: "sgd", lr: 0.1 }, schedule: { kind: "constant" }, l2: 0, batchSize: 32 },
  });
}

/**
 * makemore part 3 on the names: three characters of context → Embedding 10 → Flatten → five tanh layers of
 * 100 (with BatchNorm: Dense without bias → BatchNorm → tanh) → Dense 27 (init × 0.1) → softmax cross-entropy;
 * minibatches of 32, SGD 0.1 decaying to 0.01 over 200k steps, as the lecture.
 */
export function namesDeepMlp(batchNorm: boolean): GraphDoc {
  return deepTanhMlp({
    title: batchNorm ? "Deep MLP language model (BatchNorm)" : "Deep MLP language model",
    front: {
      nodes: [
        n("x", "characters", { context: 3 }, "context"),
        n("emb", "embedding", { dim: 10 }, "C"),
        n("flat", "flatten"),
      ],
      edges: [e("x", "emb", "in"), e("emb", "flat", "in")],
    },
    data: namesData(),
    hidden: 5,
    width: 100,
    head: { units: 27, activation: "identity", loss: "softmax-ce" },
    batchNorm,
    training: {
      optimizer: { kind: "sgd", lr: 0.1 },
      schedule: { kind: "linear-decay", final: 0.1, steps: 200_000 },
      batchSize: 32,
      l2: 0,
      seed: 42,
    },
  });
}
