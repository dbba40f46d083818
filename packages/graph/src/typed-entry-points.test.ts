import { describe, expect, it } from "vitest";
import { canConnect } from "./connect.js";
import { compile } from "./compile/index.js";
import { formulaWithValues, wireFormulaWithValues } from "./formula.js";
import { GraphError } from "./problems.js";
import { migrate } from "./schema/migrate.js";
import type { GraphDoc } from "./schema/types.js";
import { encodeShareLink } from "./share/share.js";
import { analyzeShapes, inferShapes } from "./shapes.js";
import { validate } from "./validate/index.js";
import { createTemplate } from "./templates/index.js";

const notDocs: unknown[] = [
  null,
  undefined,
  42,
  "doc",
  [],
  {},
  { nodes: 3, edges: [], data: { kind: "none" } },
  { nodes: [{ id: 1 }], edges: [], data: { kind: "none" } },
];
const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("public functions typed to take a GraphDoc, given something else", () => {
  const throwing: [string, (doc: never) => unknown][] = [
    ["analyzeShapes", (doc) => analyzeShapes(doc)],
    ["inferShapes", (doc) => inferShapes(doc)],
    ["formulaWithValues", (doc) => formulaWithValues(doc, "a", () => 1)],
    ["wireFormulaWithValues", (doc) => wireFormulaWithValues(doc, "a", () => 1)],
    ["encodeShareLink", (doc) => encodeShareLink(doc)],
  ];
  for (const [name, call] of throwing) {
    it(`${name} throws a GraphError naming itself and the first problem`, () => {
      for (const input of notDocs) {
        const error = thrown(() => call(input as never));
        expect(error).toBeInstanceOf(GraphError);
        expect(error).toMatchObject({ code: "not-a-graph-doc" });
        expect((error as GraphError).message).toMatch(new RegExp(`^${name} needs a GraphDoc.*: \\S`));
      }
    });
  }

  it("canConnect refuses instead of throwing, for a bad document or a bad connection", () => {
    for (const input of notDocs)
      expect(canConnect(input as never, { source: "a", target: "e" })).toMatchObject({
        ok: false,
        code: "not-a-graph-doc",
      });
    const doc = createTemplate("abc");
    for (const c of [null, "a", { source: 1, target: "e" }, { source: "a", target: "e", sourceHandle: 3 }]) {
      const result = canConnect(doc, c as never);
      expect(result).toMatchObject({ ok: false, code: "bad-connection" });
      if (!result.ok) expect(result.reason).toMatch(/^canConnect needs a connection/);
    }
  });

  it("canConnect refuses handles named after Object.prototype members as unknown ports", () => {
    const doc = createTemplate("abc");
    doc.nodes.push({ id: "t", kind: "tanh", position: { x: 0, y: 0 }, params: {} });
    expect(canConnect(doc, { source: "d", target: "t", sourceHandle: "constructor", targetHandle: "x" })).toMatchObject(
      { ok: false, code: "unknown-port" },
    );
    expect(canConnect(doc, { source: "d", target: "t", sourceHandle: "out", targetHandle: "toString" })).toMatchObject({
      ok: false,
      code: "unknown-port",
    });
  });

  it("shape inference skips wires on unknown ports instead of reading Object.prototype", () => {
    const doc = createTemplate("moons-layers");
    const [first] = doc.edges;
    first!.sourceHandle = "toString";
    expect(inferShapes(doc).has(first!.id)).toBe(false);
    for (const shape of inferShapes(doc).values()) expect(Array.isArray(shape)).toBe(true);
  });

  it("formulaWithValues treats non-numbers from valueOf as unknown and refuses a valueOf that is not a function", () => {
    const doc = createTemplate("micrograd-neuron");
    const withNumbers = formulaWithValues(doc, "n", () => 2);
    const withJunk = formulaWithValues(doc, "n", (() => ({ toString: () => "boom" })) as never);
    expect(withNumbers).toMatch(/= 2$/);
    expect(withJunk).not.toMatch(/boom|=/);
    expect(thrown(() => formulaWithValues(doc, "n", 5 as never))).toMatchObject({ code: "not-a-graph-doc" });
  });
});

describe("documents that reached the old crashes", () => {
  it("migrate refuses a version whose toString is not callable with a problem, not a TypeError", () => {
    for (const version of [{ toString: 5 }, Object.create(null) as unknown, [1], "1"]) {
      const result = migrate({ version, nodes: [], edges: [] });
      expect(result).toMatchObject({ ok: false, problems: [{ code: "unsupported-version", path: "version" }] });
    }
  });

  it("compile of an empty expression names the empty canvas instead of an internal error", () => {
    const doc: GraphDoc = { ...createTemplate("abc"), nodes: [], edges: [] };
    const result = compile(doc);
    expect(result).toMatchObject({ ok: false, problems: [{ code: "empty-graph", path: "nodes" }] });
    if (!result.ok) expect(result.problems[0]!.message).not.toMatch(/undefined|_mark/);
  });
});

describe("what the editor may hold while a learner types", () => {
  it("a label with a tab or far too long still gets shapes, wiring checks and formulas; validate names it", () => {
    const doc = createTemplate("moons-layers");
    doc.nodes[1]!.label = "hidden\tlayer";
    doc.nodes[2]!.label = "x".repeat(1000);
    expect(inferShapes(doc).size).toBe(doc.edges.length);
    expect(canConnect(doc, { source: doc.nodes[0]!.id, target: doc.nodes[0]!.id })).toMatchObject({
      code: "self-loop",
    });
    expect(formulaWithValues(doc, doc.nodes[1]!.id, () => undefined)).toContain("hidden\tlayer");
    expect(validate(doc)).toContainEqual(expect.objectContaining({ code: "schema", nodeId: doc.nodes[1]!.id }));
  });
});
