import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildProgram, programArb } from "../test/random-graph.js";
import { toGraph } from "./graph-data.js";
import { topologicalOrder, topologicalOrderOf } from "./topo.js";
import { Value } from "./value.js";

/** micrograd's build_topo, transcribed (recursive, visited set), over operands in order. */
function buildTopo(root: Value): Value[] {
  const topo: Value[] = [];
  const visited = new Set<Value>();
  const build = (v: Value) => {
    if (visited.has(v)) return;
    visited.add(v);
    for (const child of v.children) build(child);
    topo.push(v);
  };
  build(root);
  return topo;
}

describe("topologicalOrder", () => {
  it("equals micrograd's recursive build_topo on random graphs", () => {
    fc.assert(
      fc.property(programArb, ({ leaves, ops }) => {
        const { out } = buildProgram(leaves, ops);
        const order = topologicalOrder(out);
        expect(order).toEqual(buildTopo(out));
        const position = new Map(order.map((v, i) => [v, i]));
        for (const v of order) for (const c of v.children) expect(position.get(c)!).toBeLessThan(position.get(v)!);
      }),
      { numRuns: 100 },
    );
  });

  it("handles a 200,000-node chain without overflowing the stack", () => {
    let v = new Value(1);
    for (let i = 0; i < 100_000; i++) v = v.mul(1).add(0);
    expect(topologicalOrder(v).at(-1)).toBe(v);
  });

  it("lists shared nodes once across several outputs, and leaves the exponent of ** out", () => {
    const a = new Value(2),
      b = a.pow(2),
      c = b.add(a),
      d = b.mul(3);
    const order = topologicalOrderOf([c, d]);
    expect(order.length).toBe(5);
    expect(new Set(order).size).toBe(5);
  });
});

describe("toGraph", () => {
  it("draws a·b + c as 5 nodes and 4 edges with ids in topological order", () => {
    const a = new Value(2, "a"),
      b = new Value(-3, "b"),
      c = new Value(10, "c");
    const e = a.mul(b);
    e.label = "e";
    const d = e.add(c);
    d.backward();
    const { nodes, edges, values } = toGraph(d);
    expect(nodes.map((n) => [n.label, n.op, n.data, n.grad])).toEqual([
      ["a", "", 2, -3],
      ["b", "", -3, 2],
      ["e", "*", -6, 1],
      ["c", "", 10, 1],
      ["", "+", 4, 1],
    ]);
    expect(edges).toEqual([
      { from: 0, to: 2, port: 0 },
      { from: 1, to: 2, port: 1 },
      { from: 2, to: 4, port: 0 },
      { from: 3, to: 4, port: 1 },
    ]);
    expect(values[4]).toBe(d);
  });

  it("keeps both edges of a node used twice (a·a)", () => {
    const a = new Value(3);
    expect(toGraph(a.mul(a)).edges).toEqual([
      { from: 0, to: 1, port: 0 },
      { from: 0, to: 1, port: 1 },
    ]);
  });
});
