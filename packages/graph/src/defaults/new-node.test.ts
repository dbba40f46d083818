import { describe, expect, it } from "vitest";
import { toyData, defaultTraining } from "../schema/defaults.js";
import type { DocNode, GraphDoc } from "../schema/types.js";
import { validate } from "../validate/index.js";
import { newNodeParams, wireDefaults } from "./new-node.js";

const blank = (data = toyData("moons")): GraphDoc => ({
  version: 1,
  title: "blank",
  mode: "neurons",
  nodes: [],
  edges: [],
  data,
  training: defaultTraining(),
});

/** Drops nodes one at a time as the editor does: each takes `newNodeParams` of the document so far. */
function drop(doc: GraphDoc, kinds: string[]): GraphDoc {
  let next = doc;
  kinds.forEach((kind, i) => {
    const node: DocNode = { id: `${kind}${i}`, kind, position: { x: 0, y: 0 }, params: newNodeParams(next, kind) };
    next = { ...next, nodes: [...next.nodes, node] };
  });
  return next;
}

const wire = (doc: GraphDoc, source: string, target: string, targetHandle = "in", weight?: number): GraphDoc => {
  const changes = wireDefaults(doc, { source, target });
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (changes[n.id] ? { ...n, params: { ...n.params, ...changes[n.id] } } : n)),
    edges: [
      ...doc.edges,
      { id: `${source}-${target}`, source, sourceHandle: "out", target, targetHandle, ...(weight ? { weight } : {}) },
    ],
  };
};

describe("newNodeParams", () => {
  it("gives each new Input the next feature no Input reads yet, so two Inputs on moons read x₁ and x₂", () => {
    const doc = drop(blank(), ["input", "input"]);
    expect(doc.nodes.map((n) => n.params.feature)).toEqual([0, 1]);
  });

  it("fills a gap first and starts over at feature 0 once every feature is read", () => {
    const two = drop(blank(), ["input", "input"]);
    const gap = { ...two, nodes: two.nodes.filter((n) => n.params.feature !== 0) };
    expect(newNodeParams(gap, "input").feature).toBe(0);
    expect(newNodeParams(two, "input").feature).toBe(0);
  });

  it("numbers new Outputs 0, 1, 2 as validate asks, and a new Loss node takes the document's loss", () => {
    const doc = drop(blank(toyData("spiral", { classes: 3 })), ["output", "output", "output"]);
    expect(doc.nodes.map((n) => n.params.index)).toEqual([0, 1, 2]);
    expect(newNodeParams(blank(), "loss").fn).toBe("max-margin");
    expect(newNodeParams({ ...blank(), training: defaultTraining({ loss: "mse" }) }, "loss").fn).toBe("mse");
  });

  it("builds a 2-4-1 moons net by drops and wires that validate finds complete and warning-free", () => {
    let doc = drop(blank(), ["input", "input", "neuron", "neuron", "neuron", "neuron", "neuron", "output"]);
    for (const h of ["neuron2", "neuron3", "neuron4", "neuron5"]) {
      doc = wire(doc, "input0", h, "in", 0.5);
      doc = wire(doc, "input1", h, "in", -0.5);
      doc = wire(doc, h, "neuron6", "in", 0.3);
    }
    doc = wire(doc, "neuron6", "output7");
    expect(validate(doc)).toEqual([]);
    expect(doc.nodes.find((n) => n.id === "neuron6")!.params.activation).toBe("identity");
    expect(doc.nodes.find((n) => n.id === "neuron2")!.params.activation).toBe("tanh");
  });
});

describe("wireDefaults", () => {
  const net = (loss: GraphDoc["training"]["loss"], data = toyData("moons")) => {
    const doc = drop({ ...blank(data), training: defaultTraining({ loss }) }, ["input", "neuron", "output"]);
    return wire(wire(doc, "input0", "neuron1", "in", 0.5), "neuron1", "output2");
  };

  it("gives the neuron into an Output the link its loss reads, which validate accepts without warnings", () => {
    for (const [loss, link] of [
      ["max-margin", "identity"],
      ["mse", "identity"],
      ["softmax-ce", "identity"],
      ["bce", "sigmoid"],
      ["nll", "sigmoid"],
    ] as const) {
      const doc = net(loss);
      expect(doc.nodes[1]!.params.activation, loss).toBe(link);
      expect(validate(doc), loss).toEqual([]);
    }
  });

  it("keeps a link the learner chose, and leaves wires that do not end in an Output alone", () => {
    const doc = drop(blank(), ["input", "neuron", "output"]);
    const chosen = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.kind === "neuron" ? { ...n, params: { ...n.params, activation: "relu" } } : n)),
    };
    expect(wireDefaults(chosen, { source: "neuron1", target: "output2" })).toEqual({});
    expect(wireDefaults(doc, { source: "input0", target: "neuron1" })).toEqual({});
  });
});
