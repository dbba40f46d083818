import { doc, e, n } from "./build.js";
import type { GraphDoc } from "../schema/types.js";

const none = { kind: "none" } as const;

/** `a*b + c` with a = 2, b = −3, c = 10 (micrograd lecture, part 1). */
export function abcExpression(): GraphDoc {
  return doc(
    "a·b + c",
    "expression",
    [n("a", "parameter", { value: 2 }, "a"), n("b", "parameter", { value: -3 }, "b"), n("c", "parameter", { value: 10 }, "c"), n("e", "mul", {}, "e"), n("d", "add", {}, "d")],
    [e("a", "e", "a"), e("b", "e", "b"), e("e", "d", "a"), e("c", "d", "b")],
    none,
  );
}

/** micrograd's neuron: o = tanh(x1·w1 + x2·w2 + b), with the lecture's numbers (o ≈ 0.7071). */
export function microgradNeuron(): GraphDoc {
  return doc(
    "micrograd neuron",
    "expression",
    [
      n("x1", "parameter", { value: 2 }, "x1"),
      n("w1", "parameter", { value: -3 }, "w1"),
      n("x2", "parameter", { value: 0 }, "x2"),
      n("w2", "parameter", { value: 1 }, "w2"),
      n("b", "parameter", { value: 6.8813735870195432 }, "b"),
      n("x1w1", "mul", {}, "x1*w1"),
      n("x2w2", "mul", {}, "x2*w2"),
      n("sum", "add", {}, "x1*w1 + x2*w2"),
      n("n", "add", {}, "n"),
      n("o", "tanh", {}, "o"),
    ],
    [
      e("x1", "x1w1", "a"),
      e("w1", "x1w1", "b"),
      e("x2", "x2w2", "a"),
      e("w2", "x2w2", "b"),
      e("x1w1", "sum", "a"),
      e("x2w2", "sum", "b"),
      e("sum", "n", "a"),
      e("b", "n", "b"),
      e("n", "o", "x"),
    ],
    none,
  );
}

/** The expression of micrograd's README (g = 24.7041, dg/da = 138.8338, dg/db = 645.5773). */
export function microgradReadme(): GraphDoc {
  const c = (id: string, value: number) => n(id, "constant", { value }, String(value));
  return doc(
    "micrograd README expression",
    "expression",
    [
      n("a", "parameter", { value: -4 }, "a"),
      n("b", "parameter", { value: 2 }, "b"),
      n("c1", "add", {}, "c = a + b"),
      n("ab", "mul", {}, "a*b"),
      n("b3", "pow", { exponent: 3 }, "b**3"),
      n("d1", "add", {}, "d = a*b + b**3"),
      c("one1", 1),
      n("t1", "add", {}, "c + 1"),
      n("c2", "add", {}, "c += c + 1"),
      c("one2", 1),
      n("t2", "add", {}, "1 + c"),
      n("na", "neg", {}, "-a"),
      n("t3", "add", {}, "1 + c + (-a)"),
      n("c3", "add", {}, "c += 1 + c + (-a)"),
      c("two1", 2),
      n("t4", "mul", {}, "d*2"),
      n("t5", "add", {}, "b + a"),
      n("t6", "relu", {}, "(b + a).relu()"),
      n("t7", "add", {}, "d*2 + (b + a).relu()"),
      n("d2", "add", {}, "d += …"),
      c("three", 3),
      n("t8", "mul", {}, "3*d"),
      n("t9", "sub", {}, "b - a"),
      n("t10", "relu", {}, "(b - a).relu()"),
      n("t11", "add", {}, "3*d + (b - a).relu()"),
      n("d3", "add", {}, "d += …"),
      n("e", "sub", {}, "e = c - d"),
      n("f", "pow", { exponent: 2 }, "f = e**2"),
      c("two2", 2),
      n("g1", "div", {}, "f / 2.0"),
      c("ten", 10),
      n("t12", "div", {}, "10.0 / f"),
      n("g", "add", {}, "g"),
    ],
    [
      e("a", "c1", "a"), e("b", "c1", "b"),
      e("a", "ab", "a"), e("b", "ab", "b"), e("b", "b3", "x"), e("ab", "d1", "a"), e("b3", "d1", "b"),
      e("c1", "t1", "a"), e("one1", "t1", "b"), e("c1", "c2", "a"), e("t1", "c2", "b"),
      e("one2", "t2", "a"), e("c2", "t2", "b"), e("a", "na", "x"), e("t2", "t3", "a"), e("na", "t3", "b"), e("c2", "c3", "a"), e("t3", "c3", "b"),
      e("d1", "t4", "a"), e("two1", "t4", "b"), e("b", "t5", "a"), e("a", "t5", "b"), e("t5", "t6", "x"), e("t4", "t7", "a"), e("t6", "t7", "b"), e("d1", "d2", "a"), e("t7", "d2", "b"),
      e("three", "t8", "a"), e("d2", "t8", "b"), e("b", "t9", "a"), e("a", "t9", "b"), e("t9", "t10", "x"), e("t8", "t11", "a"), e("t10", "t11", "b"), e("d2", "d3", "a"), e("t11", "d3", "b"),
      e("c3", "e", "a"), e("d3", "e", "b"), e("e", "f", "x"), e("f", "g1", "a"), e("two2", "g1", "b"), e("ten", "t12", "a"), e("f", "t12", "b"), e("g1", "g", "a"), e("t12", "g", "b"),
    ],
    none,
  );
}
