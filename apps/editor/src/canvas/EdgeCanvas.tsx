import { useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { useTraining } from "../training/training-store";
import { paintEdges, type PaintEdge } from "./edge-paint";

/** The live wires of a trained graph, painted on a canvas under the nodes and redrawn at most once a frame. */
export function EdgeCanvas() {
  const ref = useRef<HTMLCanvasElement>(null);
  const rf = useStoreApi();
  useEffect(() => {
    let frame = 0;
    const draw = () => {
      frame = 0;
      const canvas = ref.current;
      const ctx = canvas?.getContext("2d");
      if (!canvas || !ctx) return;
      const { width, height } = canvas.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      const { nodeLookup, transform } = rf.getState();
      const snap = useTraining.getState().snapshot;
      const edges: PaintEdge[] = useDoc.getState().doc.edges.map((e) => {
        const live = snap?.edges[e.id];
        return { ...e, weight: live?.weight ?? e.weight, grad: live?.grad };
      });
      paintEdges(ctx, edges, nodeLookup, transform, { width, height, dpr }, getComputedStyle(canvas), useTraining.getState().status === "running");
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(draw); };
    const offs = [rf.subscribe(schedule), useTraining.subscribe(schedule), useDoc.subscribe(schedule), useUi.subscribe(schedule)];
    const ro = new ResizeObserver(schedule);
    if (ref.current) ro.observe(ref.current);
    schedule();
    return () => { cancelAnimationFrame(frame); offs.forEach((off) => off()); ro.disconnect(); };
  }, [rf]);
  return <canvas ref={ref} className="nn-edge-canvas" aria-hidden="true" />;
}
