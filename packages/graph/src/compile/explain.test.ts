import { describe, expect, it } from "vitest";
import { createTemplate } from "../templates/index.js";
import type { GraphDoc } from "../schema/types.js";
import { whyNotFinite } from "./explain.js";
import { compile } from "./index.js";

/** a·b + c with one more op after d, and the values the compiled tape computes for it. */
function withOp(kind: string, params: Record<string, number>, c: number) {
  const doc: GraphDoc = createTemplate("abc");
  doc.nodes.find((n) => n.id === "c")!.params.value = c;
  doc.nodes.push({ id: "f", kind, position: { x: 0, y: 0 }, params, label: "f" });
  doc.edges.push({ id: "d-f", source: "d", sourceHandle: "out", target: "f", targetHandle: "x" });
  doc.nodes.push({ id: "g", kind: "neg", position: { x: 0, y: 0 }, params: {} });
  doc.edges.push({ id: "f-g", source: "f", sourceHandle: "out", target: "g", targetHandle: "x" });
  const res = compile(doc);
  if (!res.ok || res.kind !== "tape") throw new Error(JSON.stringify(res));
  res.graph.forward();
  const value = (id: string) => res.graph.value(res.graph.nodeIndex(id), 0);
  return { doc, value };
}

describe("whyNotFinite", () => {
  it("names the log of a negative number at the node where the NaN arose, with its input", () => {
    const { doc, value } = withOp("log", {}, -10);
    expect(value("d")).toBe(-16);
    expect(value("f")).toBeNaN();
    expect(whyNotFinite(doc, "f", value)).toMatch(/^log\(-16\) at node f: log needs a positive input/);
  });

  it("says nothing downstream of it (the NaN came from upstream) or where the value is finite", () => {
    const { doc, value } = withOp("log", {}, -10);
    expect(value("g")).toBeNaN();
    expect(whyNotFinite(doc, "g", value)).toBeUndefined();
    expect(whyNotFinite(doc, "d", value)).toBeUndefined();
    expect(whyNotFinite(withOp("log", {}, 10).doc, "f", withOp("log", {}, 10).value)).toBeUndefined();
  });

  it("names a fractional power of a negative number with its base and exponent", () => {
    const { doc, value } = withOp("pow", { exponent: 0.5 }, -10);
    expect(value("f")).toBeNaN();
    expect(whyNotFinite(doc, "f", value)).toMatch(
      /^pow\(-16, 0\.5\) at node f: a negative base needs an integer exponent/,
    );
  });

  it("names an overflow to infinity with the op and its input", () => {
    const { doc, value } = withOp("exp", {}, 1000);
    expect(value("f")).toBe(Infinity);
    expect(whyNotFinite(doc, "f", value)).toMatch(/^Exp of 994 at node f is Infinity/);
  });
});
