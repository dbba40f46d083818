import { getKind } from "@nudge/graph";
import { useDoc } from "../store/app-store";
import { useControls } from "../training/controls";
import { useTraining } from "../training/training-store";

const MAX_OPS = 10_000;

/** Walks the op cursor to the end of the forward pass, the end of the backward pass, or back to the start. */
export async function runPass(to: "forward" | "backward" | "clear"): Promise<void> {
  const trainer = useControls.getState().trainer;
  if (!trainer) return;
  const doc = useDoc.getState().doc;
  const forwardOps = doc.nodes.filter((n) => !getKind(n.kind)?.leaf).length;
  let index = useTraining.getState().snapshot?.op?.index ?? 0;
  let total = useTraining.getState().snapshot?.op?.total ?? Infinity;
  const target = () => (to === "forward" ? forwardOps : to === "clear" ? 0 : total);
  for (let i = 0; i < MAX_OPS && index !== target(); i++) {
    const cursor = (await trainer.stepOp(index < target() ? "forward" : "back")) as
      { index: number; total: number } | undefined;
    if (!cursor || cursor.index === index) return;
    index = cursor.index;
    total = cursor.total;
  }
}
