import type { Value } from "./value.js";

let epoch = 0;

/**
 * Every node that `root` depends on, each after all of its operands, ending with `root`.
 *
 * Backpropagation walks this list backwards: a node's grad is complete only once every node that
 * uses it has pushed its contribution, and the reverse of this order guarantees exactly that
 * (a node used twice, like `a` in `a * a + a`, would otherwise pass on a half-finished grad).
 * Same order as micrograd's recursive `build_topo`, computed without recursion so deep graphs
 * cannot overflow the stack.
 * @example
 * const order = topologicalOrder(loss); // order.at(-1) === loss
 */
export function topologicalOrder(root: Value): Value[] {
  const order: Value[] = [];
  appendTopological(root, ++epoch, order);
  return order;
}

/** One order over several outputs (shared nodes appear once): the tape compiles from this. */
export function topologicalOrderOf(roots: readonly Value[]): Value[] {
  const order: Value[] = [];
  const mark = ++epoch;
  for (const root of roots) appendTopological(root, mark, order);
  return order;
}

function appendTopological(root: Value, mark: number, order: Value[]): void {
  if (root._mark === mark) return;
  root._mark = mark;
  const stack: Value[] = [root];
  const state: number[] = [0];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const v = stack[top];
    const s = state[top];
    const next = s === 0 ? v._a : s === 1 ? v._b : null;
    if (s < 2) {
      state[top] = s + 1;
      if (next !== null && next._mark !== mark) {
        next._mark = mark;
        stack.push(next);
        state.push(0);
      }
    } else {
      stack.pop();
      state.pop();
      order.push(v);
    }
  }
}

/** Sets `grad = 0` on every value (micrograd's `zero_grad`), e.g. `zeroGrad(model.parameters())`. */
export function zeroGrad(values: Iterable<Value>): void {
  for (const v of values) v.grad = 0;
}
