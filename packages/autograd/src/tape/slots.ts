import type { Value } from "../value.js";

/** The slot `compileTape` stashed in `v`'s visit mark (as `-1 - slot`), or -1 if another sort or compile has since overwritten it. */
export function stashedSlot(nodes: readonly Value[], v: Value): number {
  const s = -1 - v._mark;
  return s >= 0 && s < nodes.length && nodes[s] === v ? s : -1;
}
