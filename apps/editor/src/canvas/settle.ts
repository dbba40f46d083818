import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { useTraining } from "../training/training-store";
import { autoLayout } from "./layout";
import { fitReadable, type FitFlow } from "./readable-fit";

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** The React Flow calls settling needs. */
export interface FlowLike extends FitFlow {
  getNodes(): { id: string; position: { x: number; y: number }; measured?: { width?: number; height?: number } }[];
}

/** Once the first snapshot has filled the nodes and React Flow has measured them, lays the graph out with the real sizes (not an undo step) and fits the view at a readable zoom. */
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
  await fitReadable(flow);
  await frame();
  useUi.getState().setSettled(true);
}
