import { create } from "zustand";

const SESSION_KEY = "nudge:current";

/** Which saved document this tab edits (null: not saved yet), whether "My graphs" is open, and the last save failure. */
export interface LibraryState {
  current: { id: string; rev: number } | null;
  saveError: string | null;
  listOpen: boolean;
  setCurrent(current: { id: string; rev: number } | null): void;
  setSaveError(message: string | null): void;
  setListOpen(open: boolean): void;
}

/** The document this tab edited before a reload (per tab: another tab keeps its own). */
export function sessionDocId(): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

export const useLibrary = create<LibraryState>()((set) => ({
  current: null,
  saveError: null,
  listOpen: false,
  setCurrent(current) {
    try {
      if (current) sessionStorage.setItem(SESSION_KEY, current.id);
      else sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // Storage may be disabled; the tab still works, it only forgets which graph it had after a reload.
    }
    set({ current });
  },
  setSaveError: (saveError) => set({ saveError }),
  setListOpen: (listOpen) => set({ listOpen }),
}));
