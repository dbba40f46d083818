import { edgeStyle } from "@nudge/ui";
import { getBezierPath, Position, type InternalNode, type Transform } from "@xyflow/react";

/** One wire to paint: its ends and its current weight and gradient. */
export interface PaintEdge {
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
  weight?: number;
  grad?: number;
}

type Lookup = Map<string, InternalNode>;

function handlePoint(node: InternalNode, type: "source" | "target", id: string) {
  const h = node.internals.handleBounds?.[type]?.find((b) => b.id === id) ?? node.internals.handleBounds?.[type]?.[0];
  if (!h) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + h.x + h.width / 2, y: y + h.y + h.height / 2, position: h.position ?? (type === "source" ? Position.Right : Position.Left) };
}

const cssVar = (css: CSSStyleDeclaration, value: string) => {
  const m = /^var\((--[\w-]+)\)$/.exec(value);
  return m ? css.getPropertyValue(m[1]!).trim() || "#888" : value;
};

/** Paints every wire on one canvas (hue and dash by sign, width by |weight|, a glow by |gradient|): one paint instead of hundreds of SVG repaints. */
export function paintEdges(ctx: CanvasRenderingContext2D, edges: PaintEdge[], nodes: Lookup, transform: Transform,
  size: { width: number; height: number; dpr: number }, css: CSSStyleDeclaration, glow: boolean): void {
  const { width, height, dpr } = size;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width * dpr, height * dpr);
  const [tx, ty, zoom] = transform;
  ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * tx, dpr * ty);
  ctx.lineCap = "round";
  const grad = cssVar(css, "var(--nudge-grad)");
  for (const e of edges) {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    const a = s && handlePoint(s, "source", e.sourceHandle);
    const b = t && handlePoint(t, "target", e.targetHandle);
    if (!a || !b) continue;
    const [d] = getBezierPath({ sourceX: a.x, sourceY: a.y, sourcePosition: a.position, targetX: b.x, targetY: b.y, targetPosition: b.position });
    const path = new Path2D(d);
    const st = edgeStyle({ weight: e.weight, grad: glow ? e.grad : undefined, maxAbsGrad: 0.2 });
    if (st.glow > 0.05) {
      ctx.setLineDash([]);
      ctx.globalAlpha = 0.15 + 0.35 * st.glow;
      ctx.strokeStyle = grad;
      ctx.lineWidth = st.strokeWidth + 2 + 6 * st.glow;
      ctx.stroke(path);
      ctx.globalAlpha = 1;
    }
    ctx.setLineDash(st.strokeDasharray ? st.strokeDasharray.split(" ").map(Number) : []);
    ctx.strokeStyle = cssVar(css, st.stroke);
    ctx.lineWidth = st.strokeWidth;
    ctx.stroke(path);
  }
}
