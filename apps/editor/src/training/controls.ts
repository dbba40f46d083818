import { create } from "zustand";
import type { Trainer } from "@nudge/runtime";

type TrainerLike = Trainer;

/** The live trainer (null until the worker is up) and the last load problem to show. */
export interface ControlsState {
  trainer: TrainerLike | null;
  problem: string | null;
  /** Why each node cannot train yet (from the last load), by node id. */
  nodeProblems: Record<string, string>;
  /** A changed document is on its way to the worker: controls wait. */
  loading: boolean;
  setLoading(loading: boolean): void;
  setTrainer(t: TrainerLike | null): void;
  setProblem(p: string | null, nodeProblems?: Record<string, string>): void;
}

export const useControls = create<ControlsState>()((set) => ({
  trainer: null,
  problem: null,
  nodeProblems: {},
  loading: true,
  setLoading: (loading) => set({ loading }),
  setTrainer: (trainer) => set({ trainer }),
  setProblem: (problem, nodeProblems = {}) => set({ problem, nodeProblems }),
}));

/** Calls a trainer verb if the worker is ready; never throws into the UI. */
export function call<K extends keyof TrainerLike>(verb: K, ...args: Parameters<TrainerLike[K]>): void {
  const t = useControls.getState().trainer;
  if (!t) return;
  try {
    const r = (t[verb] as (...a: unknown[]) => unknown)(...args);
    if (r instanceof Promise)
      r.catch((e: unknown) => useControls.getState().setProblem(e instanceof Error ? e.message : String(e)));
  } catch (e) {
    useControls.getState().setProblem(e instanceof Error ? e.message : String(e));
  }
}
