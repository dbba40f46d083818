import { describe, expect, it } from "vitest";
import { createTemplate, templates } from "../templates/index.js";
import type { GraphDoc } from "../schema/types.js";
import { isCountingBigram } from "../text/counting.js";
import { validate } from "./index.js";
import { cycleAtLimits } from "../../test/limits-doc.js";

const errors = (doc: unknown) => validate(doc).filter((p) => p.severity === "error");
const clone = (doc: GraphDoc): GraphDoc => structuredClone(doc);

describe("validate", () => {
  for (const t of Object.values(templates).filter((t) => !isCountingBigram(t.create()))) {
    it(`template ${t.id} has no errors and no warnings`, () => {
      expect(validate(t.create())).toEqual([]);
    });
  }

  it("says a counting bigram has no network to train, instead of asking for Features and an Output", () => {
    expect(validate(createTemplate("bigram-counting"))).toEqual([
      expect.objectContaining({ code: "counting-only", severity: "error", path: "nodes" }),
    ]);
    expect(validate({ ...createTemplate("bigram-counting"), data: { kind: "none" } })[0]?.code).toBe("empty-graph");
  });

  it("rejects non-documents with a schema problem", () => {
    expect(errors(42)[0]?.code).toBe("schema");
    expect(errors({ version: 1 }).length).toBeGreaterThan(0);
  });

  it("locates a schema problem inside a node by its id", () => {
    const doc = clone(createTemplate("abc")) as unknown as { nodes: { position: unknown }[] };
    doc.nodes[1]!.position = { x: "left", y: 0 };
    expect(errors(doc)[0]).toMatchObject({ code: "schema", nodeId: "b" });
  });

  it("names unknown kinds, out-of-range params and kinds not allowed in the mode", () => {
    const doc = clone(createTemplate("abc"));
    doc.nodes.push({ id: "z", kind: "warp", position: { x: 0, y: 0 }, params: {} });
    doc.nodes.push({ id: "p", kind: "pow", position: { x: 0, y: 0 }, params: { exponent: 99 } });
    doc.nodes.push({ id: "l", kind: "dense", position: { x: 0, y: 0 }, params: {} });
    const found = errors(doc);
    expect(found).toContainEqual(expect.objectContaining({ code: "unknown-kind", nodeId: "z" }));
    expect(found).toContainEqual(expect.objectContaining({ code: "bad-param", nodeId: "p" }));
    expect(found).toContainEqual(expect.objectContaining({ code: "kind-not-in-mode", nodeId: "l" }));
  });

  it("finds cycles, dangling edges, unknown ports, doubled single-wire ports and missing inputs", () => {
    const doc = clone(createTemplate("abc"));
    doc.edges.push({ id: "back", source: "d", sourceHandle: "out", target: "e", targetHandle: "b" });
    doc.edges.push({ id: "ghost", source: "nope", sourceHandle: "out", target: "d", targetHandle: "a" });
    doc.edges.push({ id: "port", source: "a", sourceHandle: "out", target: "d", targetHandle: "q" });
    doc.nodes.push({ id: "lonely", kind: "exp", position: { x: 0, y: 0 }, params: {} });
    const found = errors(doc);
    expect(found).toContainEqual(expect.objectContaining({ code: "cycle", edgeId: "back" }));
    expect(found).toContainEqual(expect.objectContaining({ code: "port-used", edgeId: "back" }));
    expect(found).toContainEqual(expect.objectContaining({ code: "missing-node", edgeId: "ghost" }));
    expect(found).toContainEqual(expect.objectContaining({ code: "unknown-port", edgeId: "port" }));
    expect(found).toContainEqual(expect.objectContaining({ code: "missing-input", nodeId: "lonely" }));
  });

  it("requires data and an output in neuron mode, and features that exist", () => {
    const doc = clone(createTemplate("logistic-regression"));
    doc.data = { kind: "none" };
    doc.nodes = doc.nodes.filter((n) => n.kind !== "output");
    expect(errors(doc).map((p) => p.code)).toEqual(expect.arrayContaining(["no-data", "no-output"]));
    const wide = clone(createTemplate("logistic-regression"));
    wide.nodes[0]!.params.feature = 5;
    expect(errors(wide)).toContainEqual(expect.objectContaining({ code: "feature-out-of-range", nodeId: "x1" }));
  });

  it("asks for every Output to be wired into the Loss", () => {
    const doc = clone(createTemplate("xor"));
    doc.edges = doc.edges.filter((e) => e.target !== "loss");
    expect(errors(doc)).toContainEqual(expect.objectContaining({ code: "output-not-in-loss", nodeId: "y1" }));
  });

  it("warns when BCE reads an output that is not a probability", () => {
    const doc = clone(createTemplate("logistic-regression"));
    doc.nodes.find((n) => n.id === "h1_1")!.params.activation = "identity";
    expect(validate(doc)).toEqual([
      expect.objectContaining({ code: "needs-probability", nodeId: "y1", severity: "warning" }),
    ]);
  });

  it("asks for one output per class when the data has more than two", () => {
    const doc = clone(createTemplate("logistic-regression"));
    if (doc.data.kind === "toy") doc.data.classes = 3;
    expect(errors(doc)).toContainEqual(expect.objectContaining({ code: "output-count", nodeId: "y1" }));
  });

  it("flags a shape mismatch on the node whose inputs do not fit, and stray nodes of a layer chain", () => {
    const doc = clone(createTemplate("moons-layers"));
    doc.nodes.push({ id: "y2", kind: "output", position: { x: 0, y: 0 }, params: { index: 1 } });
    doc.edges.push({ id: "l2-y2", source: "l2", sourceHandle: "out", target: "y2", targetHandle: "in" });
    doc.edges.push({ id: "y2-loss", source: "y2", sourceHandle: "out", target: "loss", targetHandle: "pred" });
    const found = errors(doc);
    expect(found).toContainEqual(expect.objectContaining({ code: "shape-mismatch", nodeId: "loss" }));
    expect(found).toContainEqual(expect.objectContaining({ code: "not-a-chain", nodeId: "l2" }));
  });

  it("warns, without blocking, about weights on plain wires; a Loss node's loss wins over the settings' silently", () => {
    const doc = clone(createTemplate("logistic-regression"));
    doc.edges.find((e) => e.target === "y1")!.weight = 2;
    doc.training.loss = "mse";
    const found = validate(doc);
    expect(found.every((p) => p.severity === "warning")).toBe(true);
    expect(found.map((p) => p.code).sort()).toEqual(["weight-on-non-weight"]);
  });
});

describe("validate on hostile documents", () => {
  // Names starting "__" are refused by the schema before validation (hostile-fuzz.test.ts covers them).
  const protoNames = Object.getOwnPropertyNames(Object.prototype).filter((name) => !name.startsWith("__"));

  for (const name of protoNames) {
    it(`a wire on a port named "${name}" is an unknown port on its node, never a crash`, () => {
      const into = clone(createTemplate("abc"));
      into.edges[0]!.targetHandle = name;
      expect(errors(into)).toContainEqual(
        expect.objectContaining({
          code: "unknown-port",
          nodeId: into.edges[0]!.target,
          edgeId: into.edges[0]!.id,
          path: "targetHandle",
        }),
      );
      const from = clone(createTemplate("moons-layers"));
      from.edges[0]!.sourceHandle = name;
      expect(errors(from)).toContainEqual(
        expect.objectContaining({ code: "unknown-port", nodeId: from.edges[0]!.source, path: "sourceHandle" }),
      );
      expect(errors(from).find((p) => p.code === "unknown-port")!.message).toContain(`"${name}"`);
    });

    it(`a parameter named "${name}" is reported on its node`, () => {
      const doc = clone(createTemplate("abc"));
      doc.nodes[0]!.params[name] = 1;
      expect(validate(doc)).toContainEqual(
        expect.objectContaining({ code: "unknown-param", nodeId: doc.nodes[0]!.id, path: `params.${name}` }),
      );
    });
  }

  it("names an empty canvas in words a learner can act on, for every mode", () => {
    for (const [mode, start] of [
      ["expression", "add a Parameter"],
      ["neurons", "add an Input"],
      ["layers", "add a Features"],
    ] as const) {
      const doc = { ...clone(createTemplate("abc")), mode, nodes: [], edges: [] };
      const empty = errors(doc).find((p) => p.code === "empty-graph");
      expect(empty).toMatchObject({ path: "nodes" });
      expect(empty!.message).toMatch(new RegExp(`canvas is empty.*${start}`));
    }
  });

  it("finds the cycle in a document at the node and edge limits", () => {
    const { doc, closing } = cycleAtLimits();
    const cycles = errors(doc).filter((p) => p.code === "cycle");
    expect(cycles).toContainEqual(expect.objectContaining({ edgeId: closing }));
    expect(cycles).toHaveLength(doc.edges.length);
  });

  it("marks only the wires on a cycle, not those leading into or out of it", () => {
    const doc = clone(createTemplate("abc"));
    doc.nodes.push(
      { id: "t1", kind: "tanh", position: { x: 0, y: 0 }, params: {} },
      { id: "t2", kind: "tanh", position: { x: 0, y: 0 }, params: {} },
    );
    doc.nodes.push(
      { id: "t3", kind: "tanh", position: { x: 0, y: 0 }, params: {} },
      { id: "s", kind: "add", position: { x: 0, y: 0 }, params: {} },
    );
    doc.edges.push({ id: "in", source: "d", sourceHandle: "out", target: "s", targetHandle: "a" });
    doc.edges.push({ id: "s-t1", source: "s", sourceHandle: "out", target: "t1", targetHandle: "x" });
    doc.edges.push({ id: "t1-s", source: "t1", sourceHandle: "out", target: "s", targetHandle: "b" });
    doc.edges.push({ id: "out", source: "t1", sourceHandle: "out", target: "t2", targetHandle: "x" });
    doc.edges.push({ id: "after", source: "t2", sourceHandle: "out", target: "t3", targetHandle: "x" });
    expect(
      errors(doc)
        .filter((p) => p.code === "cycle")
        .map((p) => p.edgeId)
        .sort(),
    ).toEqual(["s-t1", "t1-s"]);
  });
});
