import { createTemplate } from "@nudge/graph";
import { describe, expect, test } from "vitest";
import { compileDoc } from "../src/worker/engine/compile-doc.js";
import { PlanEvaluator } from "../src/worker/engine/evaluator.js";
import { loadData } from "../src/worker/data.js";
import type { TrainDoc } from "../src/index.js";
import { edge, makeDoc, node } from "./docs.js";

/** Backprop's parameter gradients against central finite differences of the loss (h = 1e-6). */
function checkGradients(doc: TrainDoc, l2: number, randomize = false) {
  const data = loadData(doc.data);
  if ("problems" in data) throw new Error(data.problems[0].message);
  const compiled = compileDoc(doc, data.dataset?.task);
  if ("problems" in compiled) throw new Error(compiled.problems[0].message);
  const model = new PlanEvaluator(compiled.plan);
  model.params.set(compiled.plan.paramDefaults.map((d, k) => (randomize ? Math.sin(k * 12.9898) * 0.8 : d ?? 0.3)));
  model.setBatch({ features: data.dataset?.features ?? new Float32Array(0), targets: data.dataset?.targets ?? new Float32Array(0), dim: data.dim, rows: data.dataset ? data.train : null, count: data.dataset ? data.train.length : 1 });
  model.forward(l2);
  model.backward(l2);
  const analytic = Array.from(model.grads);
  const h = 1e-6;
  const numeric = analytic.map((_, k) => {
    const p = model.params[k];
    model.params[k] = p + h;
    const up = model.forward(l2);
    model.params[k] = p - h;
    const down = model.forward(l2);
    model.params[k] = p;
    return (up - down) / (2 * h);
  });
  return { analytic, numeric };
}

describe("backward matches finite differences", () => {
  test.each([
    ["max-margin", "identity"],
    ["mse", "tanh"],
    ["bce", "sigmoid"],
    ["softmax-ce", "identity"],
    ["nll", "sigmoid"],
  ])("a 2-3-1 tanh network with %s loss and %s output, with L2", (loss, out) => {
    const doc = makeDoc(
      [
        node("x1", "input", { feature: 0 }), node("x2", "input", { feature: 1 }),
        node("h1", "neuron", { activation: "tanh", bias: 0.1 }), node("h2", "neuron", { activation: "sigmoid" }), node("h3", "neuron", { activation: "exp" }),
        node("o", "neuron", { activation: out }), node("y", "output"), node("L", "loss", { fn: loss }),
      ],
      [
        ...["h1", "h2", "h3"].flatMap((h) => [edge("x1", h), edge("x2", h)]),
        edge("h1", "o"), edge("h2", "o"), edge("h3", "o"), edge("o", "y"), edge("y", "L", "pred"),
      ],
    );
    const { analytic, numeric } = checkGradients(doc, 1e-3, true);
    analytic.forEach((g, k) => expect(g).toBeCloseTo(numeric[k], 5));
  });

  test("the moons template (relu MLP 2-16-16-1, max-margin + L2)", () => {
    const { analytic, numeric } = checkGradients(createTemplate("moons-mlp"), 1e-4);
    analytic.forEach((g, k) => expect(g).toBeCloseTo(numeric[k], 4));
  });

  test("every scalar op of an expression graph", () => {
    const doc = makeDoc(
      [
        node("a", "parameter", { value: 1.3 }), node("b", "parameter", { value: -0.7 }), node("c", "constant", { value: 2 }),
        node("s", "sub"), node("d", "div"), node("m", "mul"), node("p", "pow", { exponent: 3 }), node("e", "exp"),
        node("l", "log"), node("n", "neg"), node("r", "relu"), node("act", "activation", { fn: "sigmoid" }), node("sum", "add"),
      ],
      [
        edge("a", "s", "a"), edge("b", "s", "b"), edge("s", "d", "a"), edge("c", "d", "b"), edge("d", "m", "a"), edge("b", "m", "b"),
        edge("m", "p", "x"), edge("a", "e", "x"), edge("e", "l", "x"), edge("b", "n", "x"), edge("n", "r", "x"), edge("r", "act", "x"),
        edge("p", "sum", "a"), edge("l", "sum", "b"), edge("act", "sum", "c"),
      ],
      { data: "none" },
    );
    const { analytic, numeric } = checkGradients(doc, 0);
    expect(analytic).toHaveLength(2);
    analytic.forEach((g, k) => expect(g).toBeCloseTo(numeric[k], 6));
  });
});
