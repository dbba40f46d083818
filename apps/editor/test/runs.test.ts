import { createTemplate, limits, migrate, type RunRecord } from "@nudge/graph";
import type { Snapshot } from "@nudge/runtime";
import { beforeEach, describe, expect, it } from "vitest";
import { parseDoc } from "../src/doc/graph-api";
import { curveOf, pointsOf } from "../src/runs/curve";
import { overlayOf } from "../src/runs/overlay";
import { startRunRecorder } from "../src/runs/recorder";
import { useRuns } from "../src/runs/runs-store";
import { useDoc } from "../src/store/app-store";
import { markLoaded, structureKey, takeRun, withRun } from "../src/training/kept";
import { useUi } from "../src/store/ui-store";
import { useTraining } from "../src/training/training-store";

const snap = (step: number, loss: number, status: Snapshot["status"] = "running"): Snapshot =>
  ({
    seq: step,
    step,
    status,
    loss,
    trainAccuracy: 1 - loss / 2,
    learningRate: 0.1,
    stepsPerSecond: 0,
    params: new Float64Array(337),
    nodes: {},
    edges: {},
  }) as Snapshot;

const setLr = (lr: number) => useDoc.getState().setTraining({ optimizer: { kind: "sgd", lr } });

/** Plays `from`..`to` (a paused snapshot at the end, as Pause sends). */
function train(from: number, to: number) {
  for (let k = from; k <= to; k++)
    useTraining.getState().receive(snap(k, 1 / (k + 1), k === to ? "paused" : "running"));
}

describe("the run recorder", () => {
  let stop: () => void;
  beforeEach(() => {
    stop?.();
    useDoc.getState().replaceDoc(takeRun(createTemplate("moons-mlp")));
    useTraining.getState().clear();
    stop = startRunRecorder();
  });

  it("records a run from new weights, continues it through Pause and Play, and ends it at Reset", () => {
    setLr(0.1);
    train(0, 30);
    train(31, 50);
    const [first] = useRuns.getState().runs;
    expect(useRuns.getState().runs).toHaveLength(1);
    expect(first).toMatchObject({ steps: 50, parameterCount: 337, settings: { optimizer: { lr: 0.1 } } });
    expect(first!.curve.step[0]).toBe(0);
    expect(first!.curve.step.at(-1)).toBe(50);
    expect(first!.final.loss).toBeCloseTo(1 / 51, 12);
    useTraining.getState().receive(snap(0, 1, "idle"));
    expect(useRuns.getState().activeId).toBeNull();
    setLr(0.5);
    train(1, 20);
    const runs = useRuns.getState().runs;
    expect(runs.map((r) => [r.settings.optimizer.lr, r.steps, r.curve.step[0]])).toEqual([
      [0.1, 50, 0],
      [0.5, 20, 0],
    ]);
    expect(overlayOf(runs).legend).toBe("lr 0.1 vs 0.5");
  });

  it("starts a new run at the current step when a setting changed mid-run", () => {
    setLr(0.1);
    train(0, 10);
    setLr(0.5);
    train(11, 15);
    expect(useRuns.getState().runs.map((r) => [r.settings.optimizer.lr, r.curve.step[0], r.steps])).toEqual([
      [0.1, 0, 10],
      [0.5, 10, 15],
    ]);
  });

  it("keeps the runs with the saved document and the current run's id in its training state; share links leave them out", () => {
    markLoaded(structureKey(useDoc.getState().doc));
    setLr(0.1);
    train(0, 12);
    const saved = withRun(useDoc.getState().doc);
    expect(saved.runs).toHaveLength(1);
    expect(saved.trained).toMatchObject({ step: 12, runId: saved.runs![0]!.id });
    expect(migrate(JSON.parse(JSON.stringify(saved)))).toMatchObject({ ok: true });
    expect(withRun(useDoc.getState().doc, { runs: false }).runs).toBeUndefined();
    useDoc.getState().replaceDoc(takeRun(saved));
    expect(useRuns.getState().runs).toEqual(saved.runs);
    expect(useDoc.getState().doc.runs).toBeUndefined();
  });

  it("renames a run (a typed tab becomes a space; an empty name gives the automatic one back) and deletes one or all", () => {
    train(0, 5);
    useTraining.getState().receive(snap(0, 1, "idle"));
    train(1, 5);
    const runs = useRuns.getState();
    const [a, b] = runs.runs;
    const edits = runs.edits;
    runs.rename(a!.id, "  too\tslow ");
    expect(useRuns.getState().runs[0]).toMatchObject({ id: a!.id, name: "too slow" });
    useRuns.getState().rename(a!.id, "");
    expect(useRuns.getState().runs[0]!.name).toBeUndefined();
    useRuns.getState().toggle(b!.id);
    useRuns.getState().remove(b!.id);
    expect(useRuns.getState()).toMatchObject({ shown: [], activeId: null });
    expect(useRuns.getState().runs.map((r) => r.id)).toEqual([a!.id]);
    useRuns.getState().removeAll();
    expect(useRuns.getState().runs).toEqual([]);
    expect(useRuns.getState().edits).toBe(edits + 4);
  });

  it("keeps the last runs of a document and drops the oldest, saying so", () => {
    for (let i = 0; i <= limits.maxRuns; i++) {
      useTraining.getState().receive(snap(0, 1, "idle"));
      train(1, 3);
    }
    expect(useRuns.getState().runs).toHaveLength(limits.maxRuns);
    expect(useUi.getState().notice?.text).toBe(
      `A document keeps its last ${limits.maxRuns} runs: the oldest, “lr 1 · batch all”, was dropped.`,
    );
  });
});

describe("run curves", () => {
  it("come back as the training store's points (a reload's curve)", () => {
    const points = [0, 1, 2].map((step) => ({ step, loss: 1 / (step + 1), trainAccuracy: step / 2 }));
    const curve = curveOf(points);
    expect(curve).toEqual({ step: [0, 1, 2], loss: [1, 0.5, 0.333333], trainAccuracy: [0, 0.5, 1] });
    expect(pointsOf(curve).map((p) => [p.step, p.loss])).toEqual([
      [0, 1],
      [1, 0.5],
      [2, 0.333333],
    ]);
  });

  it("overlay on the union of their steps, each with gaps where it has no point", () => {
    const base = withRun(createTemplate("moons-mlp"));
    const run = (id: string, lr: number, step: number[]): RunRecord => ({
      id,
      startedAt: 0,
      endedAt: 0,
      settings: { ...base.training, optimizer: { kind: "sgd", lr } },
      data: base.data,
      parameterCount: 337,
      steps: step.at(-1)!,
      final: {},
      curve: { step, loss: step.map((s) => 1 / (s + 1)) },
    });
    const o = overlayOf([run("a", 0.1, [0, 2, 4]), run("b", 0.5, [0, 3])]);
    expect(o.x).toEqual([0, 2, 3, 4]);
    expect(o.series.map((s) => [s.label, s.loss])).toEqual([
      ["lr 0.1", [1, 1 / 3, null, 1 / 5]],
      ["lr 0.5", [1, null, 1 / 4, null]],
    ]);
  });
});

describe("a file with bad runs", () => {
  it("opens without them and says why; a hostile document is still refused", () => {
    const doc = createTemplate("moons-mlp");
    const bad = { id: "r1", steps: -5, curve: { step: "x".repeat(10) } };
    const res = parseDoc({ ...doc, runs: [bad, { __proto__: null }] });
    expect(res).toMatchObject({ ok: true, doc: { title: doc.title } });
    expect(res.ok && res.doc.runs).toBeUndefined();
    expect(res.ok && res.note).toMatch(/saved runs were left out: runs\.0\./);
    const huge = parseDoc({ ...doc, runs: Array.from({ length: 10_000 }, () => ({})) });
    expect(huge.ok && huge.note).toMatch(/runs/);
    expect(parseDoc({ ...doc, runs: [bad], version: 7 }).ok).toBe(false);
  });
});
