import type { GraphDoc } from "@nudge/graph";
import type { Problem } from "@nudge/runtime";
import { useEffect } from "react";
import { useDoc } from "../store/app-store";
import { useControls } from "../training/controls";
import { makeTrainer } from "../training/create";
import { hasEdits, paramChanges } from "../training/param-changes";
import { useTraining } from "../training/training-store";

async function load(doc: GraphDoc, revision: number): Promise<void> {
  const { trainer, setProblem } = useControls.getState();
  if (!trainer) return;
  useControls.getState().setLoading(true);
  useTraining.getState().clear();
  const res = await trainer.load(doc).catch((e: unknown) => ({ ok: false as const, problems: [{ code: "crash", message: e instanceof Error ? e.message : String(e) } as Problem] }));
  if (useDoc.getState().revision === revision) useControls.getState().setLoading(false);
  if (res.ok) setProblem(null);
  else {
    const byNode: Record<string, string> = {};
    for (const p of res.problems) if (p.nodeId) byNode[p.nodeId] = byNode[p.nodeId] ? `${byNode[p.nodeId]} ${p.message}` : p.message;
    setProblem(res.problems.map((p) => p.message + (p.nodeId ? ` (node ${p.nodeId})` : "")).slice(0, 3).join(" "), byNode);
  }
}

/**
 * Creates the trainer in a worker and keeps it in step with the document: a new structure revision
 * reloads it, hand edits of weights and biases (and their undo) go to `setParams` without a reload,
 * new training settings to `update`. Streams snapshots into the training store.
 */
export function useTrainer(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const trainer = makeTrainer();
    useControls.getState().setTrainer(trainer);
    const unsub = trainer.subscribe((s) => useTraining.getState().receive(s));
    let revision = useDoc.getState().revision;
    let timer: number | undefined;
    const reload = () => {
      window.clearTimeout(timer);
      useControls.getState().setLoading(true);
      timer = window.setTimeout(() => void load(useDoc.getState().doc, useDoc.getState().revision), 150);
    };
    void load(useDoc.getState().doc, revision);
    const unsubDoc = useDoc.subscribe((s, prev) => {
      if (s.revision !== revision) {
        revision = s.revision;
        reload();
        return;
      }
      if (s.doc.training !== prev.doc.training) void trainer.update({ ...s.doc.training });
      if (s.doc === prev.doc) return;
      const edits = paramChanges(prev.doc, s.doc);
      if (!edits || (hasEdits(edits) && useControls.getState().loading)) reload();
      else if (hasEdits(edits)) trainer.setParams(edits).catch(reload);
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
