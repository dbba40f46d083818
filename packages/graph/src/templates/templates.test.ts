import { describe, expect, it } from "vitest";
import { graphDocSchema } from "../schema/doc-schema.js";
import { getKind } from "../kinds/registry.js";
import { templates } from "./index.js";

describe("templates", () => {
  for (const template of Object.values(templates)) {
    it(`${template.id} is a valid GraphDoc with known kinds and distinct positions`, () => {
      const doc = template.create();
      expect(graphDocSchema.safeParse(doc).success).toBe(true);
      for (const node of doc.nodes) expect(getKind(node.kind), node.kind).toBeDefined();
      const spots = new Set(doc.nodes.map((node) => `${node.position.x},${node.position.y}`));
      expect(spots.size).toBe(doc.nodes.length);
      expect(template.create()).not.toBe(doc);
    });
  }

  it("moons MLP has micrograd's 2-16-16-1 shape: 337 parameters (304 weights + 33 biases)", () => {
    const doc = templates["moons-mlp"].create();
    expect(doc.nodes.filter((node) => node.kind === "neuron")).toHaveLength(33);
    expect(doc.edges.filter((edge) => edge.targetHandle === "in" && edge.weight !== undefined)).toHaveLength(304);
  });
});
