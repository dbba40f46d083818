import { compile, createTemplate } from "@nudge/graph";
import { describe, expect, it } from "vitest";
import { createDocStore } from "../src/store/doc-store";

const at = { x: 0, y: 0 };

describe("document store: the nodes decide the mode until the learner picks one", () => {
  it("a*b + c built on a cleared moons canvas is an expression that computes micrograd's 4", () => {
    const store = createDocStore(createTemplate("moons-mlp"));
    const s = () => store.getState();
    s().remove({ nodes: s().doc.nodes.map((n) => n.id) });
    expect(s().doc.mode).toBe("neurons");
    const [a, b, c] = ["parameter", "parameter", "parameter"].map((k) => s().addNode(k, at));
    expect(s().doc.mode).toBe("expression");
    const mul = s().addNode("mul", at);
    const add = s().addNode("add", at);
    s().editParams({ nodes: { [a!]: 2, [b!]: -3, [c!]: 10 } });
    for (const [source, target, targetHandle] of [
      [a, mul, "a"],
      [b, mul, "b"],
      [mul, add, "a"],
      [c, add, "b"],
    ] as const)
      expect(s().connect({ source: source!, sourceHandle: "out", target, targetHandle })).toEqual({ ok: true });
    const res = compile(s().doc);
    if (!res.ok || res.kind !== "tape") throw new Error(JSON.stringify(res));
    expect(res.graph.forward()).toBe(4);
  });

  it("an Input makes an expression a network with a data set; deleting it makes it an expression again", () => {
    const store = createDocStore(createTemplate("abc"));
    const s = () => store.getState();
    const x = s().addNode("input", at);
    expect(s().doc).toMatchObject({ mode: "neurons", data: { kind: "toy", name: "moons" } });
    s().remove({ nodes: [x] });
    expect(s().doc.mode).toBe("expression");
  });

  it("a mode picked by hand stays through edits, is one undo step, and opening a document lets the nodes decide again", () => {
    const store = createDocStore(createTemplate("abc"));
    const s = () => store.getState();
    s().setMode("neurons");
    expect(s().modeChosen).toBe(true);
    s().addNode("parameter", at);
    expect(s().doc.mode).toBe("neurons");
    store.temporal.getState().undo();
    store.temporal.getState().undo();
    expect(s().doc.mode).toBe("expression");
    s().replaceDoc(createTemplate("abc"));
    expect(s().modeChosen).toBe(false);
  });
});
