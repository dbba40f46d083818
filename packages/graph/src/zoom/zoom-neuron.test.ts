import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { netShape, neuronNet, structure, withRun } from "../../test/zoom-nets.js";
import { compile } from "../compile/index.js";
import type { GraphDoc } from "../schema/types.js";
import { createTemplate } from "../templates/index.js";
import { collapseNeuron } from "./collapse-neuron.js";
import { expandNeuron } from "./expand-neuron.js";
import { zoomActions } from "./actions.js";
import { collapseAll, collapseOps, expandAll } from "./zoom-all.js";

const runs = { numRuns: 25, seed: 21 };
const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

/** Mean loss on the document's training rows and predictions at a few points, at its current parameters (its tape). */
function behaviour(doc: GraphDoc) {
  const compiled = ok(compile(doc));
  if (compiled.kind !== "tape") throw new Error("expected a tape");
  const { graph } = compiled;
  if (doc.trained) graph.params.set(doc.trained.params);
  const dim = doc.nodes.filter((n) => n.kind === "input").length;
  const points = Array.from({ length: 5 * dim }, (_, i) => Math.sin(i * 1.7) * 2);
  return Array.from(graph.predict(points, 5, dim));
}

describe("neuron ⇄ ops", () => {
  it("every neuron as ops computes what the neurons compute; collapsing the ops gives the neurons back (fast-check)", () => {
    fc.assert(
      fc.property(netShape, fc.boolean(), (shape, trained) => {
        const plain = neuronNet(shape);
        const neurons = plain.nodes.filter((n) => n.kind === "neuron").map((n) => n.id);
        const count = neurons.length + plain.edges.filter((w) => neurons.includes(w.target)).length;
        const net = trained ? withRun(plain, count, 7, shape.seed) : plain;
        expect(behaviour(net)).not.toEqual(trained ? behaviour(plain) : []);
        const ops = ok(expandAll(net)).doc;
        expect(ops.nodes.some((n) => n.kind === "neuron")).toBe(false);
        const want = behaviour(net);
        behaviour(ops).forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 12));
        expect(structure(ok(collapseOps(ops)).doc)).toEqual(structure(net));
      }),
      runs,
    );
  });

  it("one neuron reads w1·x1 + w2·x2 + b → act with the same numbers, and collapses back", () => {
    const doc = createTemplate("moons-mlp");
    const ops = ok(expandNeuron(doc, "h1_1")).doc;
    const node = (id: string) => ops.nodes.find((n) => n.id === id)!;
    expect([node("h1_1_w1").kind, node("h1_1_m1").kind, node("h1_1_b").kind, node("h1_1").kind]).toEqual([
      "parameter",
      "mul",
      "parameter",
      "activation",
    ]);
    const w1 = doc.edges.find((w) => w.id === "x1-h1_1-in")!.weight;
    expect(node("h1_1_w1").params.value).toBe(w1);
    expect(structure(ok(collapseNeuron(ops, "h1_1")).doc)).toEqual(structure(doc));
    expect(ok(collapseNeuron(ops, "h1_1")).doc.edges).toEqual(doc.edges);
  });

  it("each node offers its zoom steps, and they do what they say", () => {
    const layers = createTemplate("moons-layers");
    const offer = (d: GraphDoc, id: string) => zoomActions(d.nodes.find((n) => n.id === id)!);
    expect(offer(layers, "x")).toEqual([]);
    const [expand] = offer(layers, "l2");
    expect(expand!.label).toBe("Expand into neurons");
    const neurons = ok(expand!.run(layers)).doc;
    expect(offer(neurons, "l2_3").map((a) => a.label)).toEqual(["Expand into ops", "Collapse into layers"]);
    const ops = ok(offer(neurons, "l2_3")[0]!.run(neurons)).doc;
    expect(ops.nodes.find((n) => n.id === "l2_3")!.kind).toBe("activation");
    expect(structure(ok(offer(ops, "l2_3")[0]!.run(ops)).doc)).toEqual(structure(neurons));
  });

  it("collapse all goes from ops to layers; a sum that is not a neuron is named", () => {
    const ops = ok(expandAll(createTemplate("xor"))).doc;
    const layers = ok(collapseAll(ops)).doc;
    expect(layers.mode).toBe("layers");
    expect(layers.nodes.filter((n) => n.kind === "dense").map((n) => n.params.units)).toEqual([8, 1]);
    const shared = {
      ...ops,
      edges: [
        ...ops.edges,
        { id: "extra", source: "h1_1_w1", sourceHandle: "out", target: "h1_2_s2", targetHandle: "b" },
      ],
    };
    shared.edges = shared.edges.filter((w) => w.id !== "h1_2_m2-h1_2_s2-b");
    const result = collapseNeuron(shared, "h1_1");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain("h1_1_m1 is not part of a neuron");
  });
});
