import { edgeStyle, type EdgeStyle } from "@nudge/ui";
import type { DocEdge } from "@nudge/graph";
import { getBezierPath, Position, type InternalNode, type Transform } from "@xyflow/react";

/** One wire to paint: the document's edge (ends and current weight) and its gradient. */
export interface PaintEdge extends DocEdge {
  grad?: number;
}

type Lookup = Map<string, InternalNode>;

/** Above this many wires only the strongest gradients glow (each glow is one more translucent stroke). */
export const GLOW_ALL_UP_TO = 120;
/** How many wires glow in a bigger graph. */
export const GLOW_TOP = 32;

function handlePoint(node: InternalNode, type: "source" | "target", id: string) {
  const h = node.internals.handleBounds?.[type]?.find((b) => b.id === id) ?? node.internals.handleBounds?.[type]?.[0];
  if (!h) return null;
  const { x, y } = node.internals.positionAbsolute;
  return {
    x: x + h.x + h.width / 2,
    y: y + h.y + h.height / 2,
    position: h.position ?? (type === "source" ? Position.Right : Position.Left),
  };
}

const cssVar = (css: CSSStyleDeclaration, value: string) => {
  const m = /^var\((--[\w-]+)\)$/.exec(value);
  return m ? css.getPropertyValue(m[1]!).trim() || "#888" : value;
};

/** Gradients below this do not glow at all: the network has stopped learning from its data. */
export const GLOW_FLOOR = 1e-6;

/**
 * Each wire's look, with glow limited to the `GLOW_TOP` strongest gradients in big graphs. The glow is
 * relative to the largest |gradient| of this step, so it shows where gradient flows for as long as any
 * does (a late step's gradients are small but still say which wires learn most).
 */
export function edgeLooks(edges: readonly PaintEdge[], glow: boolean): EdgeStyle[] {
  let largest = GLOW_FLOOR;
  if (glow) for (const e of edges) if (e.grad !== undefined && Math.abs(e.grad) > largest) largest = Math.abs(e.grad);
  const looks = edges.map((e) => edgeStyle({ weight: e.weight, grad: glow ? e.grad : undefined, maxAbsGrad: largest }));
  if (!glow || edges.length <= GLOW_ALL_UP_TO) return looks;
  const strongest = looks
    .map((l, i) => [l.glow, i] as const)
    .filter(([g]) => g > 0.05)
    .sort((a, b) => b[0] - a[0]);
  for (const [, i] of strongest.slice(GLOW_TOP)) looks[i] = { ...looks[i]!, glow: 0 };
  return looks;
}

/** A compact key of what the wires look like (width to 1/4 px, dash, glow to 1/10): equal keys paint the same picture. */
export function looksKey(looks: readonly EdgeStyle[]): string {
  let key = "";
  for (const l of looks)
    key += `${Math.round(l.strokeWidth * 4)}${l.strokeDasharray ? "-" : "+"}${l.glow > 0.05 ? Math.round(l.glow * 10) : 0},`;
  return key;
}

/** Bezier paths in flow coordinates, reused while a wire's ends stay put (zoom and pan only change the transform). */
export type PathCache = Map<string, { ends: string; path: Path2D }>;

/**
 * Paints every wire on one canvas (hue and dash by sign, width by |weight|), then the gradient glows
 * above them all (so no wire hides one): one paint instead of hundreds of SVG repaints.
 */
export function paintEdges(
  ctx: CanvasRenderingContext2D,
  edges: readonly PaintEdge[],
  looks: readonly EdgeStyle[],
  nodes: Lookup,
  transform: Transform,
  size: { width: number; height: number; dpr: number },
  css: CSSStyleDeclaration,
  cache: PathCache,
): void {
  const { width, height, dpr } = size;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width * dpr, height * dpr);
  const [tx, ty, zoom] = transform;
  ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * tx, dpr * ty);
  ctx.lineCap = "round";
  const grad = cssVar(css, "var(--nudge-grad)");
  const colours = new Map<string, string>();
  const colour = (v: string) => colours.get(v) ?? (colours.set(v, cssVar(css, v)), colours.get(v)!);
  const glowing: [Path2D, EdgeStyle][] = [];
  edges.forEach((e, i) => {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    const a = s && handlePoint(s, "source", e.sourceHandle);
    const b = t && handlePoint(t, "target", e.targetHandle);
    if (!a || !b) return;
    const ends = `${a.x},${a.y},${b.x},${b.y}`;
    let hit = cache.get(e.id);
    if (hit?.ends !== ends) {
      const [d] = getBezierPath({
        sourceX: a.x,
        sourceY: a.y,
        sourcePosition: a.position,
        targetX: b.x,
        targetY: b.y,
        targetPosition: b.position,
      });
      hit = { ends, path: new Path2D(d) };
      cache.set(e.id, hit);
    }
    const st = looks[i]!;
    if (st.glow > 0.05) glowing.push([hit.path, st]);
    ctx.setLineDash(st.strokeDasharray ? st.strokeDasharray.split(" ").map(Number) : []);
    ctx.strokeStyle = colour(st.stroke);
    ctx.lineWidth = st.strokeWidth;
    ctx.stroke(hit.path);
  });
  ctx.setLineDash([]);
  ctx.strokeStyle = grad;
  for (const [path, st] of glowing) {
    ctx.globalAlpha = 0.3 + 0.4 * st.glow;
    ctx.lineWidth = st.strokeWidth + 3 + 6 * st.glow;
    ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
}
