import type { Problem } from "@nudge/runtime";
import { useEffect } from "react";
import type { GraphDoc } from "../doc/types";
import { useDoc } from "../store/app-store";
import { useControls } from "../training/controls";
import { makeTrainer } from "../training/create";
import { useTraining } from "../training/training-store";

/** What changes the compiled model (positions and training settings do not). */
export function structureKey(doc: GraphDoc): string {
  return JSON.stringify([doc.mode, doc.data, doc.nodes.map((n) => [n.id, n.kind, n.params]), doc.edges.map((e) => [e.id, e.source, e.sourceHandle, e.target, e.targetHandle, e.weight])]);
}

async function load(doc: GraphDoc): Promise<void> {
  const { trainer, setProblem } = useControls.getState();
  if (!trainer) return;
  useControls.getState().setLoading(true);
  useTraining.getState().clear();
  const res = await trainer.load(doc).catch((e: unknown) => ({ ok: false as const, problems: [{ code: "crash", message: e instanceof Error ? e.message : String(e) } as Problem] }));
  if (structureKey(useDoc.getState().doc) === structureKey(doc)) useControls.getState().setLoading(false);
  if (res.ok) setProblem(null);
  else {
    const byNode: Record<string, string> = {};
    for (const p of res.problems) if (p.nodeId) byNode[p.nodeId] = byNode[p.nodeId] ? `${byNode[p.nodeId]} ${p.message}` : p.message;
    setProblem(res.problems.map((p) => p.message + (p.nodeId ? ` (node ${p.nodeId})` : "")).slice(0, 3).join(" "), byNode);
  }
}

/** Creates the trainer in a worker, keeps it loaded with the document, and streams snapshots into the training store. */
export function useTrainer(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const trainer = makeTrainer();
    useControls.getState().setTrainer(trainer);
    const unsub = trainer.subscribe((s) => useTraining.getState().receive(s));
    let key = structureKey(useDoc.getState().doc);
    let training = useDoc.getState().doc.training;
    void load(useDoc.getState().doc);
    let timer: number | undefined;
    const unsubDoc = useDoc.subscribe((s) => {
      const next = structureKey(s.doc);
      if (next !== key) {
        key = next;
        training = s.doc.training;
        window.clearTimeout(timer);
        useControls.getState().setLoading(true);
        timer = window.setTimeout(() => void load(useDoc.getState().doc), 150);
      } else if (s.doc.training !== training) {
        training = s.doc.training;
        void trainer.update({ ...training });
      }
    });
    return () => {
      window.clearTimeout(timer);
      unsubDoc();
      unsub();
      trainer.destroy();
      useControls.getState().setTrainer(null);
    };
  }, [ready]);
}
