import { describe, expect, it } from "vitest";
import type { Snapshot } from "../src/training/snapshot";
import { useTraining } from "../src/training/training-store";

const snap = (step: number, loss: number) =>
  ({ step, loss, status: "paused", nodes: {}, edges: {} }) as unknown as Snapshot;

describe("loss curve points", () => {
  it("appends a new step, follows a hand edit at the same step, and keeps the array when nothing changed", () => {
    const t = useTraining.getState();
    t.clear();
    t.receive(snap(5, 0.2));
    t.receive(snap(6, 0.12));
    t.receive(snap(6, 0.06));
    expect(useTraining.getState().curve.map((p) => [p.step, p.loss])).toEqual([
      [5, 0.2],
      [6, 0.06],
    ]);
    const curve = useTraining.getState().curve;
    t.receive(snap(6, 0.06));
    expect(useTraining.getState().curve).toBe(curve);
    t.receive(snap(0, 0.7));
    expect(useTraining.getState().curve.map((p) => p.step)).toEqual([0]);
  });
});
