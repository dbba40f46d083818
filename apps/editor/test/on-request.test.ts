import { createTemplate } from "@nudge/graph";
import { describe, expect, it } from "vitest";
import { onRequest } from "../src/expression/on-request";
import type { Snapshot } from "../src/training/snapshot";

const snap = (nodes: Snapshot["nodes"], op?: Snapshot["op"]) => ({ nodes, ...(op ? { op } : {}) }) as Snapshot;
const abc = { a: 2, b: -3, c: 10, e: -6, d: 4 };
const full = Object.fromEntries(Object.entries(abc).map(([id, value]) => [id, { value, grad: 1 }]));

describe("answers on request (expression mode)", () => {
  it("shows only the leaves' numbers until Forward or a step, and no gradients", () => {
    const shown = onRequest(snap(full), createTemplate("abc")).nodes;
    expect(shown.a).toEqual({ value: 2, grad: null });
    expect(shown.d).toEqual({ value: null, grad: null });
  });

  it("shows the walk's numbers as they are once the learner asks, and networks always", () => {
    const walked = snap(full, { index: 3, total: 8, phase: "forward", nodeId: "d" });
    expect(onRequest(walked, createTemplate("abc"))).toBe(walked);
    const training = snap(full);
    expect(onRequest(training, createTemplate("xor"))).toBe(training);
  });

  it("explains a NaN at the node where it arose, naming the op and its input", () => {
    const doc = createTemplate("abc");
    doc.nodes.push({ id: "lg", kind: "log", position: { x: 0, y: 0 }, params: {}, label: "L" });
    doc.edges.push({ id: "d-lg", source: "d", sourceHandle: "out", target: "lg", targetHandle: "x" });
    const nodes = { ...full, d: { value: -16, grad: null }, lg: { value: NaN, grad: null } };
    const out = onRequest(snap(nodes, { index: 3, total: 9, phase: "forward", nodeId: "lg" }), doc);
    expect(out.error).toMatchObject({ code: "NON_FINITE", nodeId: "lg", nodeName: "L" });
    expect(out.error!.message).toMatch(/^log\(-16\) at node L: log needs a positive input/);
  });
});
