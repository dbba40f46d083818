import { createTemplate, type GraphDoc } from "@nudge/graph";
import { describe, expect, it } from "vitest";
import { createDocStore } from "../src/store/doc-store";

const fresh = () => createDocStore(createTemplate("xor"));
const ids = (doc: GraphDoc) => doc.nodes.map((n) => n.id).sort();

describe("document store: undo and redo", () => {
  it("undoes and redoes an added node and a wire, one step each", () => {
    const store = fresh();
    const start = store.getState().doc;
    const id = store.getState().addNode("neuron", { x: 10, y: 20 });
    const res = store.getState().connect({ source: "x1", sourceHandle: "out", target: id, targetHandle: "in" });
    expect(res).toEqual({ ok: true });
    expect(store.getState().doc.edges.some((e) => e.target === id)).toBe(true);
    store.temporal.getState().undo();
    expect(store.getState().doc.edges.some((e) => e.target === id)).toBe(false);
    expect(store.getState().doc.nodes.some((n) => n.id === id)).toBe(true);
    store.temporal.getState().undo();
    expect(store.getState().doc).toBe(start);
    store.temporal.getState().redo();
    store.temporal.getState().redo();
    expect(store.getState().doc.edges.filter((e) => e.target === id)).toHaveLength(1);
  });

  it("deleting a node removes its wires, and undo brings both back", () => {
    const store = fresh();
    const before = store.getState().doc;
    store.getState().remove({ nodes: ["h1_1"] });
    const after = store.getState().doc;
    expect(after.nodes.some((n) => n.id === "h1_1")).toBe(false);
    expect(after.edges.some((e) => e.source === "h1_1" || e.target === "h1_1")).toBe(false);
    store.temporal.getState().undo();
    expect(store.getState().doc).toEqual(before);
  });

  it("moving nodes and editing a weight are undoable", () => {
    const store = fresh();
    const edge = store.getState().doc.edges.find((e) => e.weight !== undefined)!;
    store.getState().moveNodes({ x1: { x: 500, y: 600 } });
    store.getState().setEdgeWeight(edge.id, 0.25);
    expect(store.getState().doc.edges.find((e) => e.id === edge.id)!.weight).toBe(0.25);
    store.temporal.getState().undo();
    expect(store.getState().doc.edges.find((e) => e.id === edge.id)!.weight).toBe(edge.weight);
    store.temporal.getState().undo();
    expect(store.getState().doc.nodes.find((n) => n.id === "x1")!.position).not.toEqual({ x: 500, y: 600 });
  });
});

describe("document store: copy and paste", () => {
  it("pastes copies with new ids, shifted, with the wire between them rewired", () => {
    const store = fresh();
    const before = store.getState().doc;
    const clip = store.getState().copy(["x1", "h1_1"]);
    const pasted = store.getState().paste(clip, 40);
    const doc = store.getState().doc;
    expect(pasted).toHaveLength(2);
    expect(pasted.some((id) => before.nodes.some((n) => n.id === id))).toBe(false);
    expect(doc.nodes).toHaveLength(before.nodes.length + 2);
    const [a, b] = pasted.map((id) => doc.nodes.find((n) => n.id === id)!);
    const x1 = before.nodes.find((n) => n.id === "x1")!;
    expect(a!.kind).toBe("input");
    expect(a!.position).toEqual({ x: x1.position.x + 40, y: x1.position.y + 40 });
    const inner = doc.edges.filter((e) => e.source === a!.id && e.target === b!.id);
    const original = before.edges.find((e) => e.source === "x1" && e.target === "h1_1")!;
    expect(inner).toHaveLength(1);
    expect(inner[0]!.weight).toBe(original.weight);
    expect(doc.edges.filter((e) => pasted.includes(e.source) || pasted.includes(e.target))).toHaveLength(1);
    store.temporal.getState().undo();
    expect(ids(store.getState().doc)).toEqual(ids(before));
  });

  it("pasting twice gives distinct ids", () => {
    const store = fresh();
    const clip = store.getState().copy(["h1_1"]);
    const one = store.getState().paste(clip);
    const two = store.getState().paste(clip);
    expect(new Set([...one, ...two]).size).toBe(2);
  });
});

describe("document store: refused connections", () => {
  it("refuses a second wire into a single-wire port, with a reason, and leaves the document as it was", () => {
    const store = fresh();
    const before = store.getState().doc;
    const res = store.getState().connect({ source: "h1_1", sourceHandle: "out", target: "y1", targetHandle: "in" });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toMatch(/in/);
    expect(store.getState().doc).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it("refuses a cycle and a self-loop", () => {
    const store = fresh();
    const cycle = store.getState().connect({ source: "h2_1", sourceHandle: "out", target: "h1_1", targetHandle: "in" });
    const self = store.getState().connect({ source: "h1_1", sourceHandle: "out", target: "h1_1", targetHandle: "in" });
    expect(cycle.ok).toBe(false);
    expect(self.ok).toBe(false);
    if (!cycle.ok && !self.ok) expect(cycle.reason).not.toBe(self.reason);
  });

  it("refuses a value wired straight into the loss (it expects a prediction)", () => {
    const store = fresh();
    const res = store.getState().connect({ source: "h2_1", sourceHandle: "out", target: "loss", targetHandle: "pred" });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toMatch(/prediction/);
  });
});

describe("document store: new wires", () => {
  it("gives a new wire into a neuron a starting weight in [-1, 1], and a plain wire none", () => {
    const store = createDocStore(createTemplate("xor"), () => 0.75);
    const n = store.getState().addNode("neuron", { x: 0, y: 0 });
    store.getState().connect({ source: "x1", sourceHandle: "out", target: n, targetHandle: "in" });
    expect(store.getState().doc.edges.find((e) => e.target === n)!.weight).toBe(0.5);
    const o = store.getState().addNode("output", { x: 0, y: 0 });
    store.getState().connect({ source: n, sourceHandle: "out", target: o, targetHandle: "in" });
    expect(store.getState().doc.edges.find((e) => e.target === o)!.weight).toBeUndefined();
  });
});

describe("document store: documents stay valid", () => {
  it("nodes and wires made in the editor pass @nudge/graph's schema (a saved file re-opens)", async () => {
    const { migrate } = await import("@nudge/graph");
    const store = fresh();
    const n = store.getState().addNode("neuron", { x: 1.5, y: 2 });
    store.getState().connect({ source: "x1", sourceHandle: "out", target: n, targetHandle: "in" });
    store.getState().paste(store.getState().copy([n, "x1"]));
    const res = migrate(JSON.parse(JSON.stringify(store.getState().doc)));
    expect(res.ok ? [] : res.problems).toEqual([]);
  });
});
