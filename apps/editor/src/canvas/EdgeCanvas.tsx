import { useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { useTraining } from "../training/training-store";
import { edgeLooks, looksKey, paintEdges, type PaintEdge, type PathCache } from "./edge-paint";

/**
 * The live wires of a trained graph, painted on a canvas under the nodes, at most once a frame. A new snapshot
 * repaints only when some wire looks different; moving, zooming, editing or a theme switch always repaints.
 */
export function EdgeCanvas() {
  const ref = useRef<HTMLCanvasElement>(null);
  const rf = useStoreApi();
  useEffect(() => {
    let frame = 0;
    let viewChanged = true;
    let lastKey = "";
    const cache: PathCache = new Map();
    const draw = () => {
      frame = 0;
      const canvas = ref.current;
      const ctx = canvas?.getContext("2d");
      if (!canvas || !ctx) return;
      const snap = useTraining.getState().snapshot;
      const edges: PaintEdge[] = useDoc.getState().doc.edges.map((e) => {
        const live = snap?.edges[e.id];
        return { ...e, weight: live?.weight ?? e.weight, grad: live?.grad };
      });
      const looks = edgeLooks(edges, useTraining.getState().status === "running");
      const key = looksKey(looks);
      if (!viewChanged && key === lastKey) return;
      viewChanged = false;
      lastKey = key;
      const { width, height } = canvas.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      const { nodeLookup, transform } = rf.getState();
      paintEdges(ctx, edges, looks, nodeLookup, transform, { width, height, dpr }, getComputedStyle(canvas), cache);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    const view = () => {
      viewChanged = true;
      schedule();
    };
    const offs = [rf.subscribe(view), useTraining.subscribe(schedule), useDoc.subscribe(view), useUi.subscribe(view)];
    const ro = new ResizeObserver(view);
    if (ref.current) ro.observe(ref.current);
    view();
    return () => {
      cancelAnimationFrame(frame);
      offs.forEach((off) => off());
      ro.disconnect();
    };
  }, [rf]);
  return <canvas ref={ref} className="nn-edge-canvas" aria-hidden="true" />;
}
