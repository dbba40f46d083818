import type { GraphIndex } from "./graph-index.js";

/**
 * Strongly connected components of the nodes that could not be ordered (Tarjan's algorithm, iterative so
 * that a 5,000-node cycle cannot overflow the stack): an edge lies on a cycle exactly when both of its
 * ends are in the same component. Linear in nodes plus edges.
 */
export function cycleComponents(index: GraphIndex): Map<string, number> {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  let next = 0;
  let components = 0;
  for (const root of index.cyclic) {
    if (order.has(root)) continue;
    const walk: { id: string; edge: number }[] = [{ id: root, edge: 0 }];
    order.set(root, next);
    low.set(root, next++);
    stack.push(root);
    while (walk.length > 0) {
      const frame = walk[walk.length - 1]!;
      const out = index.outgoing.get(frame.id) ?? [];
      if (frame.edge < out.length) {
        const to = out[frame.edge++]!.target;
        if (!index.cyclic.has(to)) continue;
        if (!order.has(to)) {
          order.set(to, next);
          low.set(to, next++);
          stack.push(to);
          walk.push({ id: to, edge: 0 });
        } else if (!component.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, order.get(to)!));
        continue;
      }
      walk.pop();
      const parent = walk[walk.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      for (;;) {
        const id = stack.pop()!;
        component.set(id, components);
        if (id === frame.id) break;
      }
      components += 1;
    }
  }
  return component;
}
