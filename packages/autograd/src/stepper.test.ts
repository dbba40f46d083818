import { describe, expect, it } from "vitest";
import { toGraph } from "./graph-data.js";
import { createStepper } from "./stepper.js";
import { topologicalOrder } from "./topo.js";
import { Value } from "./value.js";

function neuron() {
  const x = new Value(2, "x"),
    w = new Value(-3, "w"),
    b = new Value(6.88, "b");
  return x.mul(w).add(b).tanh();
}

describe("createStepper", () => {
  it("walks forward op by op, seeds, then backward rule by rule, ending where backward() ends", () => {
    const out = neuron();
    const reference = topologicalOrder(out).map((v) => v.data);
    out.backward();
    const grads = topologicalOrder(out).map((v) => v.grad);

    const s = createStepper(out);
    expect(s.length).toBe(2 * 3 + 1);
    expect(s.order.every((v) => v.grad === 0)).toBe(true);
    const phases: string[] = [];
    for (let e = s.next(); e !== null; e = s.next()) phases.push(e.phase);
    expect(phases).toEqual(["forward", "forward", "forward", "seed", "backward", "backward", "backward"]);
    expect(s.order.map((v) => v.data)).toEqual(reference);
    expect(s.order.map((v) => v.grad)).toEqual(grads);
    expect(s.phase).toBe("done");
  });

  it("reports the node it changed and its new value or grads; ids match toGraph", () => {
    const out = neuron();
    const s = createStepper(out);
    const ids = toGraph(out).nodes;
    const first = s.next()!;
    expect(ids[first.node].op).toBe("*");
    expect(first.changed).toEqual([{ id: first.node, value: -6, grad: 0 }]);
    while (s.phase !== "backward") s.next();
    const back = s.next()!; // tanh's rule: d tanh = 1 - tanh²
    expect(back.node).toBe(s.order.length - 1);
    expect(back.changed[0].grad).toBeCloseTo(1 - Math.tanh(0.88) ** 2, 14);
  });

  it("steps back to exactly the earlier state, and recomputes after a leaf is edited", () => {
    const out = neuron();
    const s = createStepper(out);
    s.next();
    s.next();
    const before = s.order.map((v) => [v.data, v.grad]);
    s.next();
    s.next();
    s.next();
    s.back();
    s.back();
    s.back();
    expect(s.order.map((v) => [v.data, v.grad])).toEqual(before);
    expect(s.isComputed(s.order.length - 1)).toBe(false);
    s.reset();
    s.order[0].data = 1; // x
    s.next();
    expect(s.order[2].data).toBe(-3);
  });
});
