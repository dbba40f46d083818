import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildProgram, programArb } from "../test/random-graph.js";
import { sortSlots, sortedSlots, startNewStore } from "./store.js";
import { topologicalOrder } from "./topo.js";
import { Value } from "./value.js";

/** The general path, node by node over the Values (what `backward()` does for a graph spread over stores). */
function backwardByValues(root: Value): void {
  const order = topologicalOrder(root);
  root.grad = 1;
  for (let i = order.length - 1; i >= 0; i--) Value.propagate(order[i]);
}

const grads = (root: Value) => topologicalOrder(root).map((v) => v.grad);

describe("Values kept in stores", () => {
  it("sorts slots in exactly topologicalOrder's order, so backward() gives the general path's grads bit for bit", () => {
    fc.assert(
      fc.property(programArb, fc.boolean(), ({ leaves, ops }, twice) => {
        startNewStore();
        const fast = buildProgram(leaves.map((x) => new Value(x)), ops).out;
        const slow = buildProgram(leaves.map((x) => new Value(x)), ops).out;
        const n = sortSlots(fast._s, fast._i);
        expect(Array.from(sortedSlots().subarray(0, n))).toEqual(topologicalOrder(fast).map((v) => v._i));
        fast.backward();
        backwardByValues(slow);
        if (twice) { fast.backward(); backwardByValues(slow); } // accumulation too
        expect(grads(fast)).toEqual(grads(slow));
      }),
      { numRuns: 200 },
    );
  });

  it("a graph spread over stores (moved leaves, operands from an older store) gives the same numbers", () => {
    const build = (split: boolean) => {
      const x = new Value(0.7, "x"), w = new Value(-1.3, "w");
      const h = x.mul(w).tanh().add(x);
      if (split) startNewStore();
      const out = h.mul(h).add(w.mul(x)).sigmoid().mul(h.add(w));
      return { x, w, h, out };
    };
    startNewStore();
    const one = build(false), two = build(true);
    // The leaves moved to the new store with their new use; h stayed behind, so out's graph leaves its store.
    expect(two.x._s).toBe(two.out._s);
    expect(two.w._s).toBe(two.out._s);
    expect(two.h._s).not.toBe(two.out._s);
    expect(sortSlots(two.out._s, two.out._i)).toBe(-1);
    one.out.backward();
    two.out.backward();
    expect(grads(two.out)).toEqual(grads(one.out));
    expect([two.out.data, two.h.data]).toEqual([one.out.data, one.h.data]);
    // The old graph still works after its leaves moved on: its slots are marked, so it takes the general path.
    const again = two.h.mul(3);
    startNewStore();
    const moved = again.add(new Value(1)).mul(two.x);
    one.h.grad = 0; one.x.grad = 0; one.w.grad = 0;
    two.h.grad = 0; two.x.grad = 0; two.w.grad = 0;
    two.h.backward();
    one.h.backward();
    expect([two.x.grad, two.w.grad]).toEqual([one.x.grad, one.w.grad]);
    moved.backward();
    expect(moved.data).toBe((two.h.data * 3 + 1) * 0.7);
  });

  it("data and grad stay plain writable numbers on every node", () => {
    const a = new Value(2), b = a.mul(a), c = b.add(a);
    b.data = 10;
    c.backward();
    expect([a.grad, b.grad, c.grad]).toEqual([1 + 2 * 2, 1, 1]);
    b.grad = 5;
    a.data = -1;
    expect([b.grad, a.data, c.data]).toEqual([5, -1, 6]);
  });
});
