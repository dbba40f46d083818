import { describe, expect, it } from "vitest";
import { getKind } from "../kinds/registry.js";
import { createTemplate, templates } from "../templates/index.js";
import type { GraphDoc } from "../schema/types.js";
import { compile } from "./index.js";
import type { CompiledGraph } from "./types.js";

function compiled(doc: GraphDoc): CompiledGraph {
  const result = compile(doc);
  if (!result.ok || result.kind !== "tape") throw new Error("expected a tape");
  return result.graph;
}

describe("roles of a compiled graph", () => {
  it("match the document's kinds and wires for every tape template", () => {
    for (const t of Object.values(templates)) {
      const doc = t.create();
      if (doc.mode === "layers") continue;
      const graph = compiled(doc);
      const { roles } = graph;
      const byId = new Map(doc.nodes.map((n) => [n.id, n]));
      graph.nodeIds.forEach((id, i) => {
        const node = byId.get(id)!;
        expect(roles.leaf[i], `${t.id} ${id}`).toBe(["input", "constant", "parameter"].includes(node.kind));
        expect(roles.trainable[i]).toBe(graph.paramIndex(id, "node") >= 0);
        const wired = doc.edges
          .filter((e) => e.target === id)
          .map((e) => graph.nodeIndex(e.source))
          .sort();
        expect([...roles.inputs[i]!].sort()).toEqual(wired);
        const weights = doc.edges
          .filter((e) => e.target === id && getKind(node.kind)?.weightPort === e.targetHandle)
          .map((e) => graph.paramIndex(e.id, "edge"));
        expect(roles.weights[i]).toEqual(weights);
        expect(roles.activations[i]).toBe(
          node.kind === "neuron" ? String(node.params.activation ?? "tanh") : undefined,
        );
      });
      const outputs = doc.nodes
        .filter((n) => n.kind === "output")
        .sort((a, b) => Number(a.params.index) - Number(b.params.index));
      expect(roles.outputs.map((i) => graph.nodeIds[i])).toEqual(outputs.map((n) => n.id));
      const loss = doc.nodes.find((n) => n.kind === "loss");
      expect(roles.loss).toBe(loss ? graph.nodeIndex(loss.id) : -1);
    }
  });

  it("groups micrograd's MLP into its layers of 16, 16 and 1 neurons", () => {
    const graph = compiled(createTemplate("moons-mlp"));
    expect(graph.roles.neuronLayers.map((l) => l.length)).toEqual([16, 16, 1]);
    expect(graph.roles.prediction).toBe(graph.roles.outputs[0]);
    expect(graph.nodeIds[graph.roles.prediction]).toBe("y1");
  });

  it("says which nodes vary with the data: not constants, parameters or the Loss node", () => {
    const graph = compiled(createTemplate("moons-mlp"));
    graph.nodeIds.forEach((id, i) => expect(graph.roles.fromData[i], id).toBe(id !== "loss"));
    const expression = compiled(createTemplate("micrograd-readme"));
    expect(expression.roles.fromData.every((x) => !x)).toBe(true);
    expect(expression.roles.loss).toBe(-1);
    expect(expression.nodeIds[expression.roles.prediction]).toBe(expression.nodeIds.at(-1));
  });
});
