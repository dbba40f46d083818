import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { useTraining } from "../training/training-store";
import { autoLayout } from "./layout";

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Once the first snapshot has filled the nodes and React Flow has measured them, lays the graph out with the real sizes (not an undo step) and fits the view. */
/** The two React Flow calls settling needs. */
export interface FlowLike {
  getNodes(): { id: string; measured?: { width?: number; height?: number } }[];
  fitView(options?: { padding?: number; maxZoom?: number }): Promise<boolean>;
  setViewport(viewport: { x: number; y: number; zoom: number }): Promise<boolean>;
}

export async function settleLayout(flow: FlowLike): Promise<void> {
  useUi.getState().setSettled(false);
  await flow.setViewport({ x: 0, y: 0, zoom: 1 });
  const t0 = performance.now();
  const filled = () => {
    const snap = useTraining.getState().snapshot;
    return !!snap && useDoc.getState().doc.nodes.some((n) => snap.nodes[n.id]);
  };
  while (!filled() && performance.now() - t0 < 3000) await frame();
  for (let i = 0; i < 3; i++) await frame();
  for (let i = 0; i < 60; i++) {
    await frame();
    const nodes = flow.getNodes();
    if (nodes.length > 0 && nodes.every((n) => n.measured?.width)) break;
  }
  const before = useDoc.getState().doc;
  const laid = await autoLayout(before, new Map(flow.getNodes().map((n) => [n.id, n.measured ?? {}])));
  if (useDoc.getState().doc !== before) return useUi.getState().setSettled(true);
  const temporal = useDoc.temporal.getState();
  temporal.pause();
  useDoc.getState().moveNodes(Object.fromEntries(laid.nodes.map((n) => [n.id, n.position])));
  temporal.resume();
  await frame();
  await flow.fitView({ padding: 0.12, maxZoom: 1.4 });
  await frame();
  useUi.getState().setSettled(true);
}
