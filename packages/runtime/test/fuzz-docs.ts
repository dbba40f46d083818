import fc from "fast-check";
import type { TrainDoc } from "../src/index.js";

const ids = ["n0", "n1", "n2", "n3", "n4", "n5", "n6"];
const kinds = [
  "input",
  "neuron",
  "activation",
  "add",
  "sub",
  "mul",
  "div",
  "pow",
  "neg",
  "exp",
  "log",
  "tanh",
  "relu",
  "sigmoid",
  "constant",
  "parameter",
  "output",
  "loss",
  "dense",
  "features",
  "wobble",
  "",
];
const number = fc.oneof(
  fc.double({ min: -5, max: 5, noNaN: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, 1e308),
  fc.integer({ min: -2, max: 4 }),
);
const junk = fc.oneof(number, fc.string({ maxLength: 4 }), fc.constant(null), fc.boolean());

const params = fc.record(
  {
    feature: fc.oneof(fc.integer({ min: -1, max: 3 }), junk),
    value: fc.oneof(number, junk),
    bias: number,
    activation: fc.oneof(fc.constantFrom("tanh", "relu", "sigmoid", "identity", "exp"), junk),
    fn: fc.oneof(fc.constantFrom("tanh", "mse", "max-margin", "bce", "nll", "softmax-ce"), junk),
    exponent: number,
  },
  { requiredKeys: [] },
);

const training = fc.record(
  {
    loss: fc.oneof(fc.constantFrom("mse", "max-margin", "bce", "nll"), junk),
    optimizer: fc.record(
      {
        kind: fc.oneof(fc.constantFrom("sgd", "adam"), junk),
        lr: fc.oneof(number, junk),
        momentum: fc.oneof(number, junk),
      },
      { requiredKeys: [] },
    ),
    schedule: fc.record(
      { kind: fc.oneof(fc.constantFrom("constant", "linear-decay"), junk), final: number, steps: number },
      { requiredKeys: [] },
    ),
    batchSize: fc.oneof(fc.constant("all"), fc.integer({ min: -1, max: 50 }), junk),
    l2: fc.oneof(number, junk),
    seed: fc.oneof(number, junk),
  },
  { requiredKeys: [] },
);

const data = fc.oneof(
  fc.constant({ kind: "none" }),
  fc.record({
    kind: fc.constantFrom("toy", "csv"),
    name: fc.constantFrom("moons", "circles", "xor", "sine", "spiral", "blobs", "nope"),
    n: fc.oneof(fc.integer({ min: -3, max: 60 }), junk),
    noise: fc.oneof(number, junk),
    seed: fc.oneof(number, junk),
    testFraction: fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), junk),
  }),
);

/** Documents that are mostly GraphDoc-shaped but full of mistakes, plus plain garbage. */
export const fuzzDoc: fc.Arbitrary<TrainDoc> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record({
      version: fc.constantFrom(1, 2),
      mode: fc.constantFrom("expression", "neurons", "layers"),
      nodes: fc.array(fc.record({ id: fc.constantFrom(...ids), kind: fc.constantFrom(...kinds), params }), {
        maxLength: 9,
      }),
      edges: fc.array(
        fc.record(
          {
            id: fc.string({ minLength: 1, maxLength: 3 }),
            source: fc.constantFrom(...ids, "ghost"),
            target: fc.constantFrom(...ids, "ghost"),
            targetHandle: fc.constantFrom("in", "a", "b", "x", "pred"),
            weight: fc.option(number, { nil: undefined }),
          },
          { requiredKeys: ["id", "source", "target", "targetHandle"] },
        ),
        { maxLength: 12 },
      ),
      data,
      training,
    }),
  },
  { weight: 1, arbitrary: fc.anything() },
) as fc.Arbitrary<TrainDoc>;

/** Small well-wired networks with random activations, weights, losses, data and settings (including extreme ones). */
export const fuzzNetwork: fc.Arbitrary<TrainDoc> = fc
  .record({
    hidden: fc.array(fc.constantFrom("tanh", "relu", "sigmoid", "identity", "exp"), { minLength: 1, maxLength: 4 }),
    out: fc.constantFrom("tanh", "sigmoid", "identity", "exp"),
    loss: fc.constantFrom("mse", "max-margin", "bce", "nll", "softmax-ce"),
    weights: fc.array(fc.oneof(fc.double({ min: -3, max: 3, noNaN: true }), fc.constant(1e200)), {
      minLength: 16,
      maxLength: 16,
    }),
    name: fc.constantFrom("moons", "circles", "xor", "blobs"),
    n: fc.integer({ min: 4, max: 40 }),
    testFraction: fc.constantFrom(0, 0.2, 0.5),
    optimizer: fc.constantFrom("sgd", "adam"),
    lr: fc.constantFrom(0.001, 0.01, 1, 100),
    batchSize: fc.constantFrom("all" as const, 1, 7),
  })
  .map(({ hidden, out, loss, weights, name, n, testFraction, optimizer, lr, batchSize }) => {
    const node = (id: string, kind: string, p: Record<string, unknown> = {}) => ({
      id,
      kind,
      params: p,
      position: { x: 0, y: 0 },
    });
    const wire = (source: string, target: string, port: string, weight?: number) => ({
      id: `${source}-${target}`,
      source,
      sourceHandle: "out",
      target,
      targetHandle: port,
      ...(weight === undefined ? {} : { weight }),
    });
    const hs = hidden.map((a, i) => node(`h${i}`, "neuron", { activation: a, bias: Math.min(weights[15 - i], 3) }));
    let w = 0;
    return {
      version: 1,
      title: "fuzz",
      mode: "neurons",
      nodes: [
        node("x1", "input", { feature: 0 }),
        node("x2", "input", { feature: 1 }),
        ...hs,
        node("o", "neuron", { activation: out }),
        node("y", "output"),
        node("L", "loss", { fn: loss }),
      ],
      edges: [
        ...hs.flatMap((h) => [wire("x1", h.id, "in", weights[w++]), wire("x2", h.id, "in", weights[w++])]),
        ...hs.map((h) => wire(h.id, "o", "in", weights[w++])),
        wire("o", "y", "in"),
        wire("y", "L", "pred"),
      ],
      data: { kind: "toy", name, n, noise: 0.1, seed: 1, testFraction, classes: 2 },
      training: {
        loss,
        optimizer: { kind: optimizer, lr },
        schedule: { kind: "constant" },
        batchSize,
        l2: 1e-4,
        seed: 3,
      },
    } as unknown as TrainDoc;
  });
