import type { GraphDoc } from "@nudge/graph";
import type { Problem } from "@nudge/runtime";
import { useEffect } from "react";
import { problemLine } from "../doc/problem-line";
import { onRequest } from "../expression/on-request";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { useControls } from "../training/controls";
import { makeTrainer } from "../training/create";
import { pointsOf } from "../runs/curve";
import { startRunRecorder } from "../runs/recorder";
import { useRuns } from "../runs/runs-store";
import { applySpeed } from "../training/speed";
import { carryRun, currentRun, keepRun, keptRun, markLoaded, openCount, structureKey } from "../training/kept";
import { hasEdits, paramChanges } from "../training/param-changes";
import { useTraining } from "../training/training-store";

async function load(doc: GraphDoc, revision: number): Promise<void> {
  const { trainer, setProblem } = useControls.getState();
  if (!trainer) return;
  useControls.getState().setLoading(true);
  useTraining.getState().clear();
  const key = structureKey(doc);
  const run = keptRun(key);
  markLoaded(key);
  const resume = run ? { params: Float64Array.from(run.params), step: run.step } : undefined;
  const record = useRuns.getState().resume(run?.runId);
  if (record) useTraining.getState().resumeCurve(pointsOf(record.curve));
  const res = await trainer.load(doc, resume).catch((e: unknown) => ({
    ok: false as const,
    problems: [{ code: "crash", message: e instanceof Error ? e.message : String(e) } as Problem],
  }));
  if (useDoc.getState().revision === revision) useControls.getState().setLoading(false);
  if (res.ok) setProblem(null);
  else {
    const byNode: Record<string, string> = {};
    for (const p of res.problems)
      if (p.nodeId) byNode[p.nodeId] = byNode[p.nodeId] ? `${byNode[p.nodeId]} ${p.message}` : p.message;
    setProblem(
      res.problems
        .map((p) => problemLine(doc, p))
        .slice(0, 3)
        .join(" "),
      byNode,
    );
  }
}

const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

/**
 * Creates the trainer in a worker and keeps it in step with the document: a new structure revision
 * reloads it (keeping the run so far, so undoing back to that structure resumes its training), hand
 * edits of weights and biases (and their undo) go to `setParams` without a reload, new training
 * settings to `update`. Streams snapshots into the training store. A crashed worker is restarted with
 * the graph and its trained weights (and plays on if it was playing), up to three times a minute.
 */
export function useTrainer(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    let playing = false;
    const crashes: number[] = [];
    const onCrash = (error: Error) => {
      const now = Date.now();
      crashes.push(now);
      const recent = crashes.filter((t) => now - t < RESTART_WINDOW_MS).length;
      const ui = useUi.getState();
      if (recent > MAX_RESTARTS) {
        ui.notify(
          "error",
          `The training worker stopped again: ${error.message} Your graph and its weights are kept; press Play to try once more.`,
        );
        return;
      }
      const wasPlaying = playing;
      ui.notify("info", "The training worker stopped; restarted it with your graph and its trained weights.");
      trainer
        .restart()
        .then(() => (wasPlaying ? trainer.play() : undefined))
        .catch((e: unknown) =>
          ui.notify(
            "error",
            `The training worker could not be restarted: ${e instanceof Error ? e.message : String(e)} Your graph is kept.`,
          ),
        );
    };
    const trainer = makeTrainer(onCrash);
    useControls.getState().setTrainer(trainer);
    const stopRecorder = startRunRecorder();
    applySpeed();
    const unsub = trainer.subscribe((s) => {
      if (s.status !== "error") playing = s.status === "running";
      useTraining.getState().receive(onRequest(s, useDoc.getState().doc));
    });
    let revision = useDoc.getState().revision;
    let opened = openCount();
    let timer: number | undefined;
    const reload = () => {
      window.clearTimeout(timer);
      useControls.getState().setLoading(true);
      timer = window.setTimeout(() => void load(useDoc.getState().doc, useDoc.getState().revision), 150);
    };
    void load(useDoc.getState().doc, revision);
    const unsubDoc = useDoc.subscribe((s, prev) => {
      if (s.revision !== revision) {
        if (opened === openCount()) {
          keepRun(structureKey(prev.doc), currentRun(prev.doc));
          carryRun(prev.doc, s.doc);
        }
        opened = openCount();
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
      stopRecorder();
      trainer.destroy();
      useControls.getState().setTrainer(null);
    };
  }, [ready]);
}
