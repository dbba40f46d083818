import { downsampleIndices } from "@nudge/graph";
import { create } from "zustand";
import type { Snapshot } from "./snapshot";
import { keepUnchanged } from "./visible-change";

/** One point of the loss/accuracy history. */
export interface CurvePoint {
  step: number;
  loss: number;
  testLoss?: number;
  devLoss?: number;
  trainAccuracy?: number;
  testAccuracy?: number;
}

/** The latest snapshot from the worker and the curves built from them; never in undo history. */
export interface TrainingState {
  snapshot: Snapshot | null;
  curve: CurvePoint[];
  status: Snapshot["status"];
  /** The op highlighted while stepping an expression one node at a time. */
  activeNode: string | null;
  receive(s: Snapshot): void;
  /** Puts back the curve of a resumed run (from its record), before its first snapshot arrives. */
  resumeCurve(curve: CurvePoint[]): void;
  setActive(id: string | null): void;
  clear(): void;
}

const MAX_POINTS = 2000;

/** Past `MAX_POINTS`, halves the curve keeping its first, last and extreme losses (@nudge/graph's `downsampleIndices`). */
const bounded = (curve: CurvePoint[]) =>
  curve.length > MAX_POINTS
    ? downsampleIndices(
        curve.map((p) => p.loss),
        MAX_POINTS / 2,
      ).map((i) => curve[i]!)
    : curve;

export const useTraining = create<TrainingState>()((set) => ({
  snapshot: null,
  curve: [],
  status: "idle",
  activeNode: null,
  receive: (incoming) =>
    set((st) => {
      const s = keepUnchanged(st.snapshot, incoming);
      const last = st.curve[st.curve.length - 1];
      const point = {
        step: s.step,
        loss: s.loss,
        testLoss: s.testLoss,
        devLoss: s.devLoss,
        trainAccuracy: s.trainAccuracy,
        testAccuracy: s.testAccuracy,
      };
      const same =
        last &&
        s.step === last.step &&
        Object.is(last.loss, point.loss) &&
        Object.is(last.trainAccuracy, point.trainAccuracy);
      // A hand edit at the same step changes the numbers: the last point follows it.
      const keep =
        !last || s.step > last.step
          ? [...st.curve, point]
          : s.step < last.step
            ? [point]
            : same
              ? st.curve
              : [...st.curve.slice(0, -1), point];
      const activeNode = s.op && (s.op.phase === "forward" || s.op.phase === "backward") ? (s.op.nodeId ?? null) : null;
      return {
        snapshot: s,
        status: s.status,
        activeNode,
        curve: bounded(keep),
      };
    }),
  resumeCurve: (curve) => set({ curve: bounded(curve) }),
  setActive: (activeNode) => set({ activeNode }),
  clear: () => set({ snapshot: null, curve: [], status: "idle", activeNode: null }),
}));
