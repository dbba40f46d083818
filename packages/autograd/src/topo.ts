import type { Value } from "./value.js";

/** ops.ts's POW, local so dev-time module runners do not turn it into a getter call per node. */
const POW = 3;

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

// Reused across calls: the explicit DFS stack and, per entry, how many operands were visited.
let stack: Value[] = [];
let state = new Uint8Array(1024);

function appendTopological(root: Value, mark: number, order: Value[]): void {
  if (root._mark === mark) return;
  root._mark = mark;
  let sp = 0;
  stack[0] = root;
  state[0] = 0;
  while (sp >= 0) {
    const v = stack[sp];
    const s = state[sp];
    // A pow node keeps its exponent in _b, which is not an operand.
    const next = s === 0 ? v._a : s === 1 && v._code !== POW ? v._b : null;
    if (s === 2) {
      order.push(v);
      sp--;
      continue;
    }
    state[sp] = s + 1;
    if (next === null || next._mark === mark) continue;
    next._mark = mark;
    if (next._a === null) {
      order.push(next); // a leaf needs no stack entry
      continue;
    }
    sp++;
    if (sp === state.length) {
      const grown = new Uint8Array(2 * sp);
      grown.set(state);
      state = grown;
    }
    stack[sp] = next;
    state[sp] = 0;
  }
  if (stack.length > 4096) stack = [];
  else stack.fill(null as unknown as Value, 0);
}

/** Sets `grad = 0` on every value (micrograd's `zero_grad`), e.g. `zeroGrad(model.parameters())`. */
export function zeroGrad(values: Iterable<Value>): void {
  for (const v of values) v.grad = 0;
}
