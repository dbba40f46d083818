import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canConnect, compile, inferShapes, lossNames, migrate, nodeKinds, toyNames, validate } from "../src/index.js";
import { createTemplate, templates } from "../src/index.js";
import type { GraphDoc, TemplateId } from "../src/index.js";

const kinds = [...Object.keys(nodeKinds), "mystery"];
const ports = ["in", "out", "a", "b", "x", "pred", "zz"];
const paramValue = fc.oneof(
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  fc.integer({ min: -3, max: 40 }),
  fc.constantFrom("tanh", "relu", "sigmoid", "identity", "exp", "mse", "bce", "nope"),
  fc.boolean(),
);
const paramName = fc.constantFrom(
  "value",
  "bias",
  "activation",
  "fn",
  "exponent",
  "feature",
  "units",
  "index",
  "useBias",
  "other",
);

const docArb = fc
  .record({
    mode: fc.constantFrom("expression", "neurons", "layers"),
    nodes: fc.array(
      fc.record({ kind: fc.constantFrom(...kinds), params: fc.dictionary(paramName, paramValue, { maxKeys: 3 }) }),
      { maxLength: 10 },
    ),
    edges: fc.array(
      fc.record({
        s: fc.nat(12),
        t: fc.nat(12),
        sh: fc.constantFrom(...ports),
        th: fc.constantFrom(...ports),
        w: fc.option(fc.double({ min: -5, max: 5, noNaN: true }), { nil: undefined }),
      }),
      { maxLength: 16 },
    ),
    toy: fc.option(fc.constantFrom(...toyNames), { nil: undefined, freq: 1 }),
    loss: fc.constantFrom(...lossNames),
    batch: fc.oneof(fc.constant("all" as const), fc.integer({ min: 1, max: 8 })),
  })
  .map(({ mode, nodes, edges, toy, loss, batch }): GraphDoc => ({
    version: 1,
    title: "fuzz",
    mode,
    nodes: nodes.map((n, i) => ({ id: `n${i}`, kind: n.kind, position: { x: i * 10, y: 0 }, params: n.params })),
    edges: edges.map((e, i) => ({
      id: `e${i}`,
      source: `n${e.s}`,
      sourceHandle: e.sh,
      target: `n${e.t}`,
      targetHandle: e.th,
      ...(e.w === undefined ? {} : { weight: e.w }),
    })),
    data: toy ? { kind: "toy", name: toy, n: 8, noise: 0.1, seed: 1, testFraction: 0 } : { kind: "none" },
    training: {
      loss,
      optimizer: { kind: "sgd", lr: 0.1 },
      schedule: { kind: "constant" },
      batchSize: batch,
      l2: 0.01,
      seed: 3,
    },
  }));

describe("fuzzed documents", { timeout: 30000 }, () => {
  it("validate, inferShapes and canConnect never throw", () => {
    fc.assert(
      fc.property(docArb, fc.nat(12), fc.nat(12), fc.constantFrom(...ports, null), (doc, s, t, port) => {
        expect(Array.isArray(validate(doc))).toBe(true);
        expect(inferShapes(doc)).toBeInstanceOf(Map);
        const r = canConnect(doc, { source: `n${s}`, target: `n${t}`, sourceHandle: port, targetHandle: port });
        expect(r.ok || typeof r.reason === "string").toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("compile returns a graph or located problems, and a compiled graph runs without throwing", () => {
    let compiled = 0;
    const mutated = fc
      .record({
        id: fc.constantFrom(...(Object.keys(templates) as TemplateId[])),
        drop: fc.option(fc.nat(40), { nil: undefined, freq: 1 }),
        flip: fc.nat(40),
        value: fc.option(paramValue, { nil: undefined, freq: 1 }),
        name: paramName,
        extra: fc.option(fc.record({ s: fc.nat(40), t: fc.nat(40), th: fc.constantFrom(...ports) }), {
          nil: undefined,
          freq: 1,
        }),
      })
      .map(({ id, drop, flip, value, name, extra }) => {
        const doc = createTemplate(id);
        if (drop !== undefined) doc.edges.splice(drop % Math.max(1, doc.edges.length + 5), 1);
        if (value !== undefined) doc.nodes[flip % doc.nodes.length]!.params[name] = value;
        if (extra) {
          const s = doc.nodes[extra.s % doc.nodes.length]!.id;
          const t = doc.nodes[extra.t % doc.nodes.length]!.id;
          doc.edges.push({ id: "extra", source: s, sourceHandle: "out", target: t, targetHandle: extra.th });
        }
        return doc;
      });
    fc.assert(
      fc.property(fc.oneof(docArb, mutated), (doc) => {
        const result = compile(doc, { capacity: 2 });
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p.message).toBe("string");
          return;
        }
        compiled += 1;
        if (result.kind !== "tape") return;
        const g = result.graph;
        const rows = 2;
        g.setBatch({
          features: new Float32Array(rows * Math.max(1, g.featureCount)).fill(0.5),
          targets: new Float32Array(rows),
          dim: Math.max(1, g.featureCount),
          count: rows,
        });
        const loss = g.forward();
        if (Number.isFinite(loss)) g.backward();
        else expect(g.nonFinite()).not.toBeNull();
      }),
      { numRuns: 300 },
    );
    expect(compiled).toBeGreaterThan(30);
  });

  it("migrate and validate refuse arbitrary JSON without throwing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(typeof migrate(json).ok).toBe("boolean");
        expect(Array.isArray(validate(json))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
