import { toyData } from "../schema/defaults.js";
import type {
  ActivationName,
  DataChoice,
  DocEdge,
  DocNode,
  GraphDoc,
  LossName,
  TrainingSettings,
} from "../schema/types.js";
import { createRng } from "@nudge/datasets";
import { doc, e, n } from "./build.js";

/** Options of `neuronMlp`: layer sizes and links, loss, data, training overrides, weight seed and scale. */
export interface MlpOptions {
  title: string;
  inputs: number;
  layers: { units: number; activation: ActivationName }[];
  loss: LossName;
  data: DataChoice;
  training?: Partial<TrainingSettings>;
  seed?: number;
  scale?: (fanIn: number) => number;
}

/**
 * A neuron-level MLP: one Input per feature, one Neuron per unit, fully wired with uniform(−1, 1)
 * weights (times `scale(fanIn)`), then one Output per last-layer unit and a Loss; laid out in columns.
 * @example
 * const doc = neuronMlp({ title: "2-4-1", inputs: 2, layers: [{ units: 4, activation: "tanh" }, { units: 1, activation: "identity" }], loss: "mse", data: toyData("moons") });
 */
export function neuronMlp(options: MlpOptions): GraphDoc {
  const rng = createRng(options.seed ?? 1);
  const rand = () => rng.uniform(-1, 1);
  const nodes: DocNode[] = [];
  const edges: DocEdge[] = [];
  let previous = Array.from({ length: options.inputs }, (_, i) => {
    nodes.push(n(`x${i + 1}`, "input", { feature: i }, `x${i + 1}`));
    return `x${i + 1}`;
  });
  options.layers.forEach((layer, li) => {
    const scale = options.scale?.(previous.length) ?? 1;
    const ids = Array.from({ length: layer.units }, (_, u) => {
      const id = `h${li + 1}_${u + 1}`;
      nodes.push(n(id, "neuron", { bias: 0, activation: layer.activation }));
      for (const source of previous) edges.push(e(source, id, "in", rand() * scale));
      return id;
    });
    previous = ids;
  });
  previous.forEach((source, i) => {
    nodes.push(n(`y${i + 1}`, "output", { index: i }, previous.length > 1 ? `ŷ${i + 1}` : "ŷ"));
    edges.push(e(source, `y${i + 1}`, "in"));
  });
  nodes.push(n("loss", "loss", { fn: options.loss }));
  previous.forEach((_, i) => edges.push({ ...e(`y${i + 1}`, "loss", "pred") }));
  return doc(options.title, "neurons", nodes, edges, options.data, { loss: options.loss, ...options.training });
}

/** Adam at a constant rate on every row, no L2: the small templates' training. */
const fullBatchAdam = (lr: number): Partial<TrainingSettings> => ({
  optimizer: { kind: "adam", lr },
  schedule: { kind: "constant" },
  l2: 0,
  batchSize: "all",
});

/** Hidden tanh layers of the given sizes, then one identity output unit. */
const tanhThenIdentity = (...units: number[]): MlpOptions["layers"] => [
  ...units.map((size) => ({ units: size, activation: "tanh" as const })),
  { units: 1, activation: "identity" },
];

/** The first network a learner meets (TensorFlow Playground's 2-4-2 on the moons): 2 inputs, tanh layers of 4 and 2, one identity output, max-margin loss, Adam. */
export function moonsSmall(): GraphDoc {
  return neuronMlp({
    title: "Moons 2-4-2-1",
    inputs: 2,
    layers: tanhThenIdentity(4, 2),
    loss: "max-margin",
    data: toyData("moons", { n: 100, noise: 0.1, seed: 1 }),
    training: fullBatchAdam(0.05),
    seed: 4,
  });
}

/** Lesson 1: a curve from non-linear pieces. Four tanh neurons, summed by an identity output, fit sin(x) on [−π, π] with MSE. */
export function curveFit(): GraphDoc {
  return neuronMlp({
    title: "Curve from pieces 1-4-1",
    inputs: 1,
    layers: tanhThenIdentity(4),
    loss: "mse",
    data: toyData("sine", { n: 100, noise: 0.1, seed: 1 }),
    training: fullBatchAdam(0.05),
    seed: 5,
  });
}

/** micrograd's demo: MLP(2, [16, 16, 1]) on 100 moons, max-margin loss, L2 1e-4, SGD from 1.0 decaying to 0.1. */
export function moonsMlp(): GraphDoc {
  return neuronMlp({
    title: "micrograd moons MLP 2-16-16-1",
    inputs: 2,
    layers: [
      { units: 16, activation: "relu" },
      { units: 16, activation: "relu" },
      { units: 1, activation: "identity" },
    ],
    loss: "max-margin",
    data: toyData("moons", { n: 100, noise: 0.1, seed: 1 }),
    training: {
      optimizer: { kind: "sgd", lr: 1 },
      schedule: { kind: "linear-decay", final: 0.1, steps: 100 },
      l2: 1e-4,
      batchSize: "all",
    },
    seed: 1337,
  });
}

/**
 * XOR of the quadrants (class 1 where x1·x2 < 0, no label noise) with eight hidden tanh neurons, an
 * identity output and max-margin loss. Two hidden neurons cannot draw both axes (2-2-1 stalls near
 * 75%); this reaches 100% training accuracy within a few hundred Adam steps from any seed.
 */
export function xorNetwork(): GraphDoc {
  return neuronMlp({
    title: "XOR 2-8-1",
    inputs: 2,
    layers: [
      { units: 8, activation: "tanh" },
      { units: 1, activation: "identity" },
    ],
    loss: "max-margin",
    data: toyData("xor", { n: 200, noise: 0 }),
    training: fullBatchAdam(0.05),
    seed: 7,
  });
}

/** Three interleaved spiral arms, 2-16-3 with tanh hidden neurons and softmax cross-entropy over three outputs. */
export function spiralNetwork(): GraphDoc {
  return neuronMlp({
    title: "Spiral 2-16-3 (softmax)",
    inputs: 2,
    layers: [
      { units: 16, activation: "tanh" },
      { units: 3, activation: "identity" },
    ],
    loss: "softmax-ce",
    data: toyData("spiral", { n: 150, noise: 0.1, classes: 3, testFraction: 0.2 }),
    training: fullBatchAdam(0.05),
    seed: 3,
  });
}

/** Linear regression as one neuron with the identity link and MSE. */
export function linearRegression(): GraphDoc {
  return neuronMlp({
    title: "Linear regression (one neuron)",
    inputs: 1,
    layers: [{ units: 1, activation: "identity" }],
    loss: "mse",
    data: toyData("polynomial", { n: 100, noise: 0.1 }),
    training: { optimizer: { kind: "sgd", lr: 0.1 }, schedule: { kind: "constant" }, l2: 0, batchSize: "all" },
  });
}

/** Logistic regression as one neuron with the sigmoid link and binary cross-entropy. */
export function logisticRegression(): GraphDoc {
  return neuronMlp({
    title: "Logistic regression (one neuron)",
    inputs: 2,
    layers: [{ units: 1, activation: "sigmoid" }],
    loss: "bce",
    data: toyData("blobs", { n: 100, noise: 1, classes: 2 }),
    training: { optimizer: { kind: "sgd", lr: 2 }, schedule: { kind: "constant" }, l2: 0, batchSize: "all" },
  });
}

/** Poisson regression as one neuron with the exp link and the Poisson NLL: lesions per leaf against humidity and temperature. */
export function poissonRegression(): GraphDoc {
  return neuronMlp({
    title: "Poisson regression (one neuron)",
    inputs: 2,
    layers: [{ units: 1, activation: "exp" }],
    loss: "poisson-nll",
    data: toyData("lesions", { n: 120, noise: 0 }),
    training: { optimizer: { kind: "sgd", lr: 0.05 }, schedule: { kind: "constant" }, l2: 0, batchSize: "all" },
    seed: 2,
    scale: () => 0.2,
  });
}

/** The moons MLP as a layer graph (Features → Dense 16 → Dense 16 → Dense 1 → Output → Loss), compiled to a ModelSpec. */
export function moonsLayers(): GraphDoc {
  const nodes = [
    n("x", "features", {}, "x"),
    n("l1", "dense", { units: 16, activation: "relu", useBias: true }),
    n("l2", "dense", { units: 16, activation: "relu", useBias: true }),
    n("l3", "dense", { units: 1, activation: "identity", useBias: true }),
    n("y", "output", { index: 0 }, "ŷ"),
    n("loss", "loss", { fn: "max-margin" }),
  ];
  const edges = [
    e("x", "l1", "in"),
    e("l1", "l2", "in"),
    e("l2", "l3", "in"),
    e("l3", "y", "in"),
    e("y", "loss", "pred"),
  ];
  return doc("Moons MLP (layers)", "layers", nodes, edges, toyData("moons"), {
    loss: "max-margin",
    optimizer: { kind: "adam", lr: 0.01 },
    schedule: { kind: "constant" },
  });
}
