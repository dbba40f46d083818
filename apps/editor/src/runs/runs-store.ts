import { cleanText, limits, runName, type RunRecord } from "@nudge/graph";
import { create } from "zustand";
import { useUi } from "../store/ui-store";

/** Runs overlaid on the charts at once (one theme colour each). */
export const MAX_SHOWN = 5;

/**
 * The open document's run records (oldest first, at most `limits.maxRuns`), which one the trainer is
 * continuing, and which are overlaid on the charts. Saved inside the document (`withRun`); not in undo history.
 */
export interface RunsState {
  runs: RunRecord[];
  activeId: string | null;
  shown: string[];
  /** Whether Export writes the runs into the file (share links never carry them). */
  inFiles: boolean;
  /** Goes up with every change the learner makes here (rename, delete), so autosave hears it. */
  edits: number;
  /** A document was opened: these are its runs, none is running yet. */
  open(runs: readonly RunRecord[]): void;
  /** The trainer resumed training that ends run `id` (a reload, an undo, a restarted worker): it goes on. */
  resume(id: string | undefined): RunRecord | undefined;
  /** Adds or updates a run (the recorder's verb); it becomes the active one. */
  record(run: RunRecord): void;
  /** The weights were reset: the active run is over. */
  end(): void;
  rename(id: string, typed: string): void;
  remove(id: string): void;
  removeAll(): void;
  toggle(id: string): void;
  setInFiles(inFiles: boolean): void;
}

export const useRuns = create<RunsState>()((set, get) => ({
  runs: [],
  activeId: null,
  shown: [],
  inFiles: true,
  edits: 0,
  open: (runs) => set({ runs: [...runs], activeId: null, shown: [] }),
  resume(id) {
    const run = id === undefined ? undefined : get().runs.find((r) => r.id === id);
    set({ activeId: run ? run.id : null });
    return run;
  },
  record(run) {
    const { runs, shown } = get();
    const at = runs.findIndex((r) => r.id === run.id);
    if (at >= 0) return set({ runs: runs.map((r, i) => (i === at ? run : r)), activeId: run.id });
    const over = runs.length + 1 - limits.maxRuns;
    const dropped = over > 0 ? runs.slice(0, over) : [];
    if (dropped.length)
      useUi
        .getState()
        .notify(
          "info",
          `A document keeps its last ${limits.maxRuns} runs: the oldest, “${dropped.map(runName).join("”, “")}”, was dropped.`,
        );
    const gone = new Set(dropped.map((r) => r.id));
    set({ runs: [...runs.slice(dropped.length), run], activeId: run.id, shown: shown.filter((id) => !gone.has(id)) });
  },
  end: () => set({ activeId: null }),
  rename(id, typed) {
    const name = cleanText(typed);
    set(({ runs, edits }) => ({
      runs: runs.map((r) => {
        if (r.id !== id) return r;
        const { id: runId, name: _old, ...rest } = r;
        return name ? { id: runId, name, ...rest } : { id: runId, ...rest };
      }),
      edits: edits + 1,
    }));
  },
  remove: (id) =>
    set(({ runs, shown, activeId, edits }) => ({
      runs: runs.filter((r) => r.id !== id),
      shown: shown.filter((s) => s !== id),
      activeId: activeId === id ? null : activeId,
      edits: edits + 1,
    })),
  removeAll: () => set(({ edits }) => ({ runs: [], shown: [], activeId: null, edits: edits + 1 })),
  toggle: (id) =>
    set(({ shown }) => ({
      shown: shown.includes(id) ? shown.filter((s) => s !== id) : shown.length < MAX_SHOWN ? [...shown, id] : shown,
    })),
  setInFiles: (inFiles) => set({ inFiles }),
}));
