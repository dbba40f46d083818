import { describe, expect, test } from "vitest";
import { createWorkerApi } from "../src/worker/api.js";
import { edge, makeDoc, node } from "./docs.js";

const api = () => createWorkerApi();

describe("NaN and infinity pause training and name the node", () => {
  test("log of a negative feature: the log node", async () => {
    const w = api();
    const doc = makeDoc(
      [
        node("x1", "input", { feature: 0 }),
        node("lg", "log"),
        node("h", "neuron", { activation: "tanh" }),
        node("y", "output"),
        node("L", "loss", { fn: "mse" }),
      ],
      [edge("x1", "lg", "x"), edge("lg", "h", "in", 0.5), edge("h", "y"), edge("y", "L", "pred")],
    );
    expect(await w.load(doc)).toMatchObject({ ok: true });
    const s = (await w.step(10))!;
    expect(s.step).toBe(0);
    expect(s.status).toBe("paused");
    expect(s.error).toMatchObject({ code: "NON_FINITE", nodeId: "lg" });
    expect(s.error!.message).toMatch(/NaN or infinite/);
    w.dispose();
  });

  test("division by a zero constant in an expression: the div node", async () => {
    const w = api();
    const doc = makeDoc(
      [node("a", "parameter", { value: 2 }), node("z", "constant", { value: 0 }), node("q", "div"), node("t", "tanh")],
      [edge("a", "q", "a"), edge("z", "q", "b"), edge("q", "t", "x")],
      { data: "none" },
    );
    expect(await w.load(doc)).toMatchObject({ ok: true });
    const s = (await w.step(1))!;
    expect(s.error).toMatchObject({ code: "NON_FINITE", nodeId: "q" });
    w.dispose();
  });

  test("a learning rate that blows up: paused at the first node that overflows, never a silent NaN", async () => {
    const w = api();
    const doc = makeDoc(
      [
        node("x1", "input", { feature: 0 }),
        node("h", "neuron", { activation: "identity" }),
        node("y", "output"),
        node("L", "loss", { fn: "mse" }),
      ],
      [edge("x1", "h", "in", 0.5), edge("h", "y"), edge("y", "L", "pred")],
      { training: { optimizer: { kind: "sgd", lr: 100 } } },
    );
    await w.load(doc);
    const s = (await w.step(5000))!;
    expect(s.status).toBe("paused");
    expect(s.step).toBeLessThan(5000);
    expect(s.error?.code).toBe("NON_FINITE");
    expect(["h", "y", "L"]).toContain(s.error?.nodeId);
    w.dispose();
  });
});

describe("compile problems (from @nudge/graph) carry node and edge ids", () => {
  test.each([
    [
      "an unknown kind",
      [node("x1", "input"), node("w", "wobble")],
      [edge("x1", "w")],
      { code: "unknown-kind", nodeId: "w" },
    ],
    [
      "a neuron with no inputs",
      [node("h", "neuron"), node("y", "output"), node("L", "loss")],
      [edge("h", "y"), edge("y", "L", "pred")],
      { code: "missing-input", nodeId: "h" },
    ],
    [
      "a cycle",
      [node("x1", "input"), node("a", "add"), node("b", "tanh")],
      [edge("x1", "a", "a"), edge("b", "a", "b"), edge("a", "b", "x")],
      { code: "cycle" },
    ],
    [
      "an edge to nowhere",
      [node("x1", "input")],
      [edge("x1", "ghost")],
      { code: "missing-node", edgeId: "x1-ghost-in" },
    ],
    [
      "a feature the data lacks",
      [node("x9", "input", { feature: 9 }), node("y", "output"), node("L", "loss")],
      [edge("x9", "y"), edge("y", "L", "pred")],
      { code: "feature-out-of-range", nodeId: "x9" },
    ],
    [
      "a bad activation",
      [node("x1", "input"), node("h", "neuron", { activation: "wiggle" })],
      [edge("x1", "h")],
      { code: "bad-param", nodeId: "h" },
    ],
    [
      "a layer node",
      [node("x", "features"), node("d", "dense", { units: 2 })],
      [edge("x", "d")],
      { code: "kind-not-in-mode", nodeId: "x" },
    ],
  ])("%s", async (_, nodes, edges, expected) => {
    const w = api();
    const result = await w.load(makeDoc(nodes, edges));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining(expected));
    await expect(w.play()).rejects.toThrow(/could not be loaded .*load it again/);
    w.dispose();
  });

  test("a document that is not an object", async () => {
    const w = api();
    const result = await w.load(null as never);
    expect(result).toMatchObject({ ok: false, problems: [{ code: "schema" }] });
    w.dispose();
  });
});
