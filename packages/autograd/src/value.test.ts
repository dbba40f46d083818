import { describe, expect, it } from "vitest";
import { AutogradError } from "./errors.js";
import { topologicalOrder, zeroGrad } from "./topo.js";
import { Value } from "./value.js";

/** The expression from micrograd's README, written with this package's methods. */
function microgradReadme() {
  const a = new Value(-4.0, "a");
  const b = new Value(2.0, "b");
  let c = a.add(b);
  let d = a.mul(b).add(b.pow(3));
  c = c.add(c.add(1));
  c = c.add(c.add(1).add(a.neg()));
  d = d.add(d.mul(2).add(b.add(a).relu()));
  d = d.add(d.mul(3).add(b.sub(a).relu()));
  const e = c.sub(d);
  const f = e.pow(2);
  let g = f.div(2.0);
  g = g.add(f.pow(-1).mul(10.0));
  return { a, b, g };
}

describe("Value against micrograd's published numbers", () => {
  it("reproduces g, dg/da and dg/db from micrograd's README to 1e-6", () => {
    const { a, b, g } = microgradReadme();
    g.backward();
    expect(g.data).toBeCloseTo(24.7041, 4);
    expect(Math.abs(g.data - 24.70408163265306)).toBeLessThan(1e-6);
    expect(Math.abs(a.grad - 138.83381924198252)).toBeLessThan(1e-6);
    expect(Math.abs(b.grad - 645.5772594752186)).toBeLessThan(1e-6);
  });

  it("matches micrograd's test_sanity_check (x = -4, y = relu(z*z + z·x + …))", () => {
    const x = new Value(-4.0);
    const z = x.mul(2).add(2).add(x);
    const q = z.relu().add(z.mul(x));
    const h = z.mul(z).relu();
    const y = h.add(q).add(q.mul(x));
    y.backward();
    // Values from PyTorch in micrograd's test/test_engine.py: y = -20, dy/dx = 46.
    expect(y.data).toBe(-20);
    expect(x.grad).toBe(46);
  });
});

describe("Value semantics", () => {
  it("exposes op, children and label", () => {
    const a = new Value(2, "a");
    const y = a.mul(3).pow(2);
    expect(y.op).toBe("**2");
    expect(y.children[0].op).toBe("*");
    expect(a.children).toEqual([]);
    expect(a.op).toBe("");
    expect(a.label).toBe("a");
    expect(y.data).toBe(36);
  });

  it("accumulates grads on a second backward() without zeroGrad, as micrograd does", () => {
    // x -> y = 2x -> z = 3y. First pass: z.grad = 1, y.grad = 3, x.grad = 6.
    // Second pass (no zeroing): z.grad is reset to 1, y.grad = 3 + 3 = 6, x.grad = 6 + 2·6 = 18.
    const x = new Value(1.5);
    const y = x.mul(2);
    const z = y.mul(3);
    z.backward();
    expect([z.grad, y.grad, x.grad]).toEqual([1, 3, 6]);
    z.backward();
    expect([z.grad, y.grad, x.grad]).toEqual([1, 6, 18]);
    zeroGrad(topologicalOrder(z));
    z.backward();
    expect([z.grad, y.grad, x.grad]).toEqual([1, 3, 6]);
  });

  it("sums the contributions of a node used twice (why the topological order matters)", () => {
    const a = new Value(3);
    const y = a.mul(a).add(a); // dy/da = 2a + 1 = 7
    y.backward();
    expect(a.grad).toBe(7);
  });

  it("lets a learner update data and read grad as plain numbers", () => {
    const w = new Value(0.5);
    const loss = w.sub(2).pow(2);
    loss.backward();
    w.data -= 0.1 * w.grad;
    expect(w.data).toBeCloseTo(0.5 + 0.1 * 2 * 1.5, 12);
  });

  it("refuses bad input with a catalogued error instead of NaN", () => {
    expect(() => new Value(Number.NaN)).toThrow(AutogradError);
    expect(() => new Value(1).add(Number.NaN)).toThrow(/Value.add/);
    expect(() => new Value(-1, "x").log()).toThrow(/log\(-1\) at node x/);
    expect(() => new Value(-2).pow(0.5)).toThrow(/integer exponent/);
    expect(() => new Value(1).div(0)).toThrow(/division by zero/);
    expect(() => new Value(0).pow(-1)).toThrow(AutogradError);
    expect(() => new Value(1).div(new Value(0, "d"))).toThrow(/division by zero at node d/);
    expect(() => new Value(1e308).exp().sub(new Value(1e308).exp())).toThrow(/NaN/);
  });
});
