import type { Plan } from "./plan.js";

/**
 * What each compiled node is for, by `nodeIds` index, read from the kind specs: runtimes and views
 * ask this instead of comparing kind strings.
 */
export interface GraphRoles {
  /** Known before any op runs: Input, Constant and Parameter nodes (the kind's `leaf`). */
  readonly leaf: readonly boolean[];
  /** Owns a trainable number: a neuron's bias, a Parameter's value (the kind's `trainable`). */
  readonly trainable: readonly boolean[];
  /** Its value changes with the sample's features (a map over the input plane shows something); never the Loss node. */
  readonly fromData: readonly boolean[];
  /** Node indices each node reads (every port, document edge order). */
  readonly inputs: readonly (readonly number[])[];
  /** Param indices of the weights on the wires into each node (nodes with a weight port: neurons). */
  readonly weights: readonly (readonly number[])[];
  /** The activation of each node with a weight port, else `undefined`. */
  readonly activations: readonly (string | undefined)[];
  /** Output nodes in `index` order. */
  readonly outputs: readonly number[];
  /** The Loss node, or -1. */
  readonly loss: number;
  /** The first Output, or an expression's final node: what grids and the op walk show. */
  readonly prediction: number;
  /** Nodes with a weight port (neurons), grouped by how many of them lie between them and the inputs. */
  readonly neuronLayers: readonly (readonly number[])[];
}

/** Reads the roles of a plan's nodes. */
export function planRoles(plan: Plan): GraphRoles {
  const inputs = plan.nodes.map((n) => Object.values(n.inputs).flat());
  const neuron = plan.nodes.map((n) => n.spec.weightPort !== undefined);
  const fromData: boolean[] = [];
  const depth: number[] = [];
  const layers: number[][] = [];
  plan.nodes.forEach((node, i) => {
    fromData[i] = i !== plan.loss && (node.spec.leaf === "feature" || inputs[i]!.some((j) => fromData[j]));
    const d = Math.max(0, ...inputs[i]!.map((j) => depth[j]!));
    depth[i] = neuron[i] ? d + 1 : d;
    if (neuron[i]) (layers[d] ??= []).push(i);
  });
  return {
    leaf: plan.nodes.map((n) => n.spec.leaf !== undefined),
    trainable: plan.nodes.map((n) => n.spec.trainable !== undefined),
    fromData,
    inputs,
    weights: plan.nodes.map((n) => n.weights),
    activations: plan.nodes.map((n, i) =>
      neuron[i] && typeof n.params.activation === "string" ? n.params.activation : undefined,
    ),
    outputs: plan.outputs,
    loss: plan.loss,
    prediction: plan.root,
    neuronLayers: layers.filter((l) => l !== undefined),
  };
}
