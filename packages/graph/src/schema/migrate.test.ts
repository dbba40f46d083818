import { describe, expect, it } from "vitest";
import { createTemplate, templates } from "../templates/index.js";
import { graphDocSchema } from "./doc-schema.js";
import { migrate } from "./migrate.js";

describe("migrate", () => {
  for (const t of Object.values(templates)) {
    it(`${t.id} round-trips through JSON unchanged`, () => {
      const doc = t.create();
      expect(migrate(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, doc });
    });
  }

  it("upgrades a version-0 draft (type/x/y nodes, from/to edges, dataset name)", () => {
    const draft = {
      title: "old",
      dataset: "moons",
      nodes: [
        { id: "x", type: "input", x: 1, y: 2, params: { feature: 0 } },
        { id: "n", type: "neuron", x: 100, y: 2, label: "unit" },
      ],
      edges: [{ id: "w", from: "x", to: "n", weight: 0.5 }],
    };
    const result = migrate(draft);
    expect(result.ok && result.migratedFrom).toBe(0);
    if (!result.ok) return;
    expect(result.doc.nodes[1]).toEqual({
      id: "n",
      kind: "neuron",
      position: { x: 100, y: 2 },
      params: {},
      label: "unit",
    });
    expect(result.doc.edges[0]).toEqual({
      id: "w",
      source: "x",
      sourceHandle: "out",
      target: "n",
      targetHandle: "in",
      weight: 0.5,
    });
    expect(result.doc.data).toMatchObject({ kind: "toy", name: "moons" });
    expect(result.doc.mode).toBe("neurons");
  });

  it("refuses other JSON: not an object, unknown versions, objects that are not documents", () => {
    expect(migrate([1, 2])).toMatchObject({ ok: false, problems: [{ code: "not-an-object" }] });
    expect(migrate({ version: 7 })).toMatchObject({ ok: false, problems: [{ code: "unsupported-version" }] });
    expect(migrate({ hello: "world" })).toMatchObject({ ok: false, problems: [{ code: "not-a-document" }] });
  });

  it("names the node and the field of a schema problem", () => {
    const doc = JSON.parse(JSON.stringify(createTemplate("abc")));
    doc.nodes[2].params.value = { nested: 1 };
    const result = migrate(doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: "schema",
      nodeId: "c",
      path: "nodes.2.params.value",
    });
  });

  it("rejects non-finite numbers, markup-capable ids and oversized text", () => {
    const base = createTemplate("abc");
    expect(
      graphDocSchema.safeParse({ ...base, nodes: [{ ...base.nodes[0]!, position: { x: Infinity, y: 0 } }] }).success,
    ).toBe(false);
    expect(graphDocSchema.safeParse({ ...base, nodes: [{ ...base.nodes[0]!, id: "<b>" }] }).success).toBe(false);
    expect(graphDocSchema.safeParse({ ...base, title: "x".repeat(1000) }).success).toBe(false);
    expect(graphDocSchema.safeParse({ ...base, title: "line\nbreak" }).success).toBe(false);
  });

  it("keeps a training run and refuses one with non-finite parameters or accuracy above 1", () => {
    const base = createTemplate("moons-mlp");
    const trained = { step: 12, params: [0.5, -1.25], loss: 0.3, trainAccuracy: 0.9, testAccuracy: 0.85 };
    expect(migrate(JSON.parse(JSON.stringify({ ...base, trained })))).toEqual({ ok: true, doc: { ...base, trained } });
    expect(graphDocSchema.safeParse({ ...base, trained: { ...trained, params: [NaN] } }).success).toBe(false);
    expect(graphDocSchema.safeParse({ ...base, trained: { ...trained, trainAccuracy: 1.5 } }).success).toBe(false);
    expect(graphDocSchema.safeParse({ ...base, trained: { ...trained, step: -1 } }).success).toBe(false);
  });
});
