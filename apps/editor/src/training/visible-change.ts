import type { Snapshot } from "./snapshot";

type NodeState = Snapshot["nodes"][string];

/** A number as the canvas shows it: 4 decimals, or 3 significant digits when tiny or huge. */
const shown = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v)
    ? v
    : Math.abs(v) >= 1e-4 && Math.abs(v) < 1e6
      ? Math.round(v * 1e4)
      : Number(v.toPrecision(3));

const sameNode = (a: NodeState, b: NodeState) =>
  shown(a.value) === shown(b.value) &&
  shown(a.grad) === shown(b.grad) &&
  shown(a.param) === shown(b.param) &&
  shown(a.paramGrad) === shown(b.paramGrad);

/** Output-map colours change visibly only past about 1/100 of the value range. */
const MAP_TOLERANCE = 0.01;

function sameMap(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!(Math.abs(a[i]! - b[i]!) <= MAP_TOLERANCE)) return false;
  return true;
}

/**
 * Keeps the previous snapshot's node states and output maps where the new ones would look the same on screen,
 * so React Flow nodes whose numbers and maps did not change visibly keep their props and skip re-rendering.
 * Compares against what is shown (not the last values received), so slow drifts still show up once visible.
 * @example useTraining.setState({ snapshot: keepUnchanged(previous, incoming) })
 */
export function keepUnchanged(prev: Snapshot | null, next: Snapshot): Snapshot {
  if (!prev || prev.step > next.step) return next;
  let nodes = next.nodes;
  for (const id in next.nodes) {
    const a = prev.nodes[id];
    if (a && sameNode(a, next.nodes[id]!)) {
      if (nodes === next.nodes) nodes = { ...next.nodes };
      nodes[id] = a;
    }
  }
  let maps = next.nodeMaps;
  if (maps && prev.nodeMaps && prev.nodeMapSize === next.nodeMapSize) {
    for (const id in maps) {
      const a = prev.nodeMaps[id];
      if (a && sameMap(a, maps[id]!)) {
        if (maps === next.nodeMaps) maps = { ...maps };
        maps[id] = a;
      }
    }
  }
  return nodes === next.nodes && maps === next.nodeMaps ? next : { ...next, nodes, nodeMaps: maps };
}
