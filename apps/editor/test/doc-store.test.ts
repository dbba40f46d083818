import { createTemplate, type GraphDoc } from "@nudge/graph";
import { describe, expect, it } from "vitest";
import type { Snapshot } from "@nudge/runtime";
import { createDocStore } from "../src/store/doc-store";
import { paramChanges } from "../src/training/param-changes";

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
    store.getState().editParams({ edges: { [edge.id]: 0.25 } });
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

describe("document store: structure revision and hand edits", () => {
  it("changes the revision only when the model may change, and undo restores it", () => {
    const store = fresh();
    const r0 = store.getState().revision;
    const edge = store.getState().doc.edges.find((e) => e.weight !== undefined)!;
    store.getState().moveNodes({ x1: { x: 5, y: 5 } });
    store.getState().setLabel("x1", "first");
    store.getState().setTraining({ batchSize: 8 });
    store.getState().editParams({ edges: { [edge.id]: 0.5 }, nodes: { h1_1: 0.25 } });
    store.getState().setParam("h1_1", "bias", 0.75);
    expect(store.getState().revision).toBe(r0);
    store.getState().setParam("h1_1", "activation", "relu");
    const r1 = store.getState().revision;
    expect(r1).not.toBe(r0);
    store.getState().remove({ edges: [edge.id] });
    expect(store.getState().revision).not.toBe(r1);
    store.temporal.getState().undo();
    expect(store.getState().revision).toBe(r1);
    store.temporal.getState().undo();
    expect(store.getState().revision).toBe(r0);
  });

  it("a hand edit is one undo step; it keeps the training so far, and so does its undo", () => {
    const store = fresh();
    const [a, b] = store.getState().doc.edges.filter((e) => e.weight !== undefined);
    const before = store.getState().doc;
    const snap = {
      step: 12,
      edges: { [b!.id]: { weight: 1.75, grad: 0 } },
      nodes: { h1_1: { value: 0, grad: 0, param: -0.5 } },
    } as unknown as Snapshot;
    store.getState().editParams({ edges: { [a!.id]: 0.125 } }, snap);
    const doc = store.getState().doc;
    expect(doc.edges.find((e) => e.id === a!.id)!.weight).toBe(0.125);
    expect(doc.edges.find((e) => e.id === b!.id)!.weight).toBe(1.75);
    expect(doc.nodes.find((n) => n.id === "h1_1")!.params.bias).toBe(-0.5);
    store.temporal.getState().undo();
    const undone = store.getState().doc;
    expect(undone.edges.find((e) => e.id === a!.id)!.weight).toBe(a!.weight);
    expect(undone.edges.find((e) => e.id === b!.id)!.weight).toBe(1.75);
    expect(undone.nodes.find((n) => n.id === "h1_1")!.params.bias).toBe(-0.5);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(before.edges.find((e) => e.id === b!.id)!.weight).not.toBe(1.75);
  });

  it("paramChanges lists exactly the weights and biases that differ, for setParams", () => {
    const store = fresh();
    const before = store.getState().doc;
    const edge = before.edges.find((e) => e.weight !== undefined)!;
    store.getState().editParams({ edges: { [edge.id]: 0.5 }, nodes: { h1_1: 0.25 } });
    expect(paramChanges(before, store.getState().doc)).toEqual({ edges: { [edge.id]: 0.5 }, nodes: { h1_1: 0.25 } });
    expect(paramChanges(store.getState().doc, before)).toEqual({
      edges: { [edge.id]: edge.weight },
      nodes: { h1_1: before.nodes.find((n) => n.id === "h1_1")!.params.bias },
    });
    const unset = { ...before, edges: before.edges.map((e) => (e.id === edge.id ? { ...e, weight: undefined } : e)) };
    expect(paramChanges(before, unset)).toBeUndefined();
  });

  it("names typed with tabs or line breaks are stored with spaces; an empty name is ignored", () => {
    const store = fresh();
    store.getState().setLabel("x1", "\tfirst\nfeature ");
    expect(store.getState().doc.nodes.find((n) => n.id === "x1")!.label).toBe("first feature");
    store.getState().setLabel("x1", "\t\n");
    expect(store.getState().doc.nodes.find((n) => n.id === "x1")!.label).toBe("first feature");
  });
});

describe("document store: the title", () => {
  it("renames in one undo step, keeps the model revision, cleans control characters and ignores an empty or unchanged title", () => {
    const store = fresh();
    const before = store.getState().doc;
    const r0 = store.getState().revision;
    store.getState().setTitle("\tMy first\nnet ");
    expect(store.getState().doc.title).toBe("My first net");
    expect(store.getState().revision).toBe(r0);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().setTitle(" \t");
    store.getState().setTitle("My first net");
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().doc).toBe(before);
  });
});
