import { create } from "zustand";
import type { Trainer } from "@nudge/runtime";

type TrainerLike = Trainer;

/** The live trainer (null until the worker is up) and the last load problem to show. */
export interface ControlsState {
  trainer: TrainerLike | null;
  problem: string | null;
  setTrainer(t: TrainerLike | null): void;
  setProblem(p: string | null): void;
}

export const useControls = create<ControlsState>()((set) => ({
  trainer: null,
  problem: null,
  setTrainer: (trainer) => set({ trainer }),
  setProblem: (problem) => set({ problem }),
}));

/** Calls a trainer verb if the worker is ready; never throws into the UI. */
export function call<K extends keyof TrainerLike>(verb: K, ...args: Parameters<TrainerLike[K]>): void {
  const t = useControls.getState().trainer;
  if (!t) return;
  try {
    const r = (t[verb] as (...a: unknown[]) => unknown)(...args);
    if (r instanceof Promise) r.catch((e: unknown) => useControls.getState().setProblem(e instanceof Error ? e.message : String(e)));
  } catch (e) {
    useControls.getState().setProblem(e instanceof Error ? e.message : String(e));
  }
}
