import fc from "fast-check";
import { toyData } from "../src/schema/defaults.js";
import type { ActivationName, GraphDoc } from "../src/schema/types.js";
import { doc, e, n } from "../src/templates/build.js";
import { neuronMlp } from "../src/templates/networks.js";

/** A random layered network: 1–3 hidden layers of 1–8 units, random links, an identity output. */
export interface NetShape {
  hidden: { units: number; activation: ActivationName }[];
  regression: boolean;
  seed: number;
}

export const netShape: fc.Arbitrary<NetShape> = fc.record({
  hidden: fc.array(
    fc.record({
      units: fc.integer({ min: 1, max: 8 }),
      activation: fc.constantFrom<ActivationName>("tanh", "relu", "sigmoid", "identity"),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  regression: fc.boolean(),
  seed: fc.integer({ min: 1, max: 1e6 }),
});

const dataOf = (shape: NetShape) =>
  shape.regression ? toyData("polynomial", { n: 40 }) : toyData("moons", { n: 40, seed: shape.seed });
const lossOf = (shape: NetShape) => (shape.regression ? "mse" : "max-margin");
const layersOf = (shape: NetShape) => [...shape.hidden, { units: 1, activation: "identity" as const }];

/** The network as hand-wired neurons (`neuronMlp`), with random weights and biases. */
export function neuronNet(shape: NetShape): GraphDoc {
  const net = neuronMlp({
    title: "random",
    inputs: shape.regression ? 1 : 2,
    layers: layersOf(shape),
    loss: lossOf(shape),
    data: dataOf(shape),
    seed: shape.seed,
    scale: () => 1.5,
  });
  let k = shape.seed;
  const bias = () => ((k = (k * 48271) % 2147483647) / 2147483647) * 2 - 1;
  return {
    ...net,
    nodes: net.nodes.map((node) =>
      node.kind === "neuron" ? { ...node, params: { ...node.params, bias: bias() } } : node,
    ),
  };
}

/** The same network as a layer graph (Features → Dense … → Output → Loss), seeded start. */
export function layerNet(shape: NetShape): GraphDoc {
  const layers = layersOf(shape).map((l, i) => n(`l${i + 1}`, "dense", { ...l, useBias: true }));
  const chain = ["x", ...layers.map((l) => l.id), "y"];
  return doc(
    "random",
    "layers",
    [
      n("x", "features", {}, "x"),
      ...layers,
      n("y", "output", { index: 0 }, "ŷ"),
      n("loss", "loss", { fn: lossOf(shape) }),
    ],
    [...chain.slice(1).map((id, i) => e(chain[i]!, id, "in")), e("y", "loss", "pred")],
    dataOf(shape),
    { loss: lossOf(shape), seed: shape.seed },
  );
}

/** `doc` with a kept run of `count` random parameters at `step`. */
export function withRun(doc: GraphDoc, count: number, step: number, seed: number): GraphDoc {
  let k = seed;
  const next = () => ((k = (k * 16807) % 2147483647) / 2147483647) * 4 - 2;
  return { ...doc, trained: { step, params: Array.from({ length: count }, next), loss: 0.5 } };
}

/**
 * What a zoom round trip must keep: mode, nodes (id, kind, params, label) and wires in order, the kept run.
 * `start: false` leaves out neuron biases, the starting point a layer graph cannot hold beside a kept run.
 */
export function structure(doc: GraphDoc, start = true) {
  const paramsOf = ({ bias, ...rest }: GraphDoc["nodes"][number]["params"]) => (start ? { bias, ...rest } : rest);
  return {
    mode: doc.mode,
    nodes: doc.nodes.map(({ id, kind, params, label }) => ({ id, kind, params: paramsOf(params), label: label ?? id })),
    edges: doc.edges.map(({ id, source, sourceHandle, target, targetHandle }) => ({
      id,
      source,
      sourceHandle,
      target,
      targetHandle,
    })),
    trained: doc.trained,
  };
}
