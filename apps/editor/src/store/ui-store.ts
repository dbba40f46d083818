import { create } from "zustand";

export type Theme = "light" | "dark";
/** How big the editor's text is (a data attribute on the root picks the type scale in editor.css). */
export type TextSize = "small" | "normal" | "large";

/** A short message for the learner: a refused wire, a bad file, a saved link. */
export interface Notice {
  kind: "info" | "error";
  text: string;
  at: number;
  /** A link to show beside the text, selectable (a share link). */
  link?: string;
}

/** View state that is not part of the document and not in undo history. */
export interface UiState {
  selectedNodes: string[];
  selectedEdges: string[];
  notice: Notice | null;
  hint: string;
  theme: Theme;
  textSize: TextSize;
  /** Whether the lesson path is shown (open on the first run). */
  lessonsOpen: boolean;
  /** False while a fresh graph waits for its measured layout (tests wait for true). */
  settled: boolean;
  /** The training example whose values the nodes show (index into the training rows). */
  focus: number;
  select(nodes: string[], edges: string[]): void;
  notify(kind: Notice["kind"], text: string, link?: string): void;
  clearNotice(): void;
  setHint(hint: string): void;
  setTheme(theme: Theme): void;
  setTextSize(size: TextSize): void;
  setLessonsOpen(open: boolean): void;
  setSettled(settled: boolean): void;
  setFocus(focus: number): void;
}

const initialTheme = (): Theme => {
  const saved = typeof localStorage === "undefined" ? null : localStorage.getItem("nudge:theme");
  if (saved === "light" || saved === "dark") return saved;
  return typeof matchMedia !== "undefined" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
};

const initialTextSize = (): TextSize => {
  const saved = typeof localStorage === "undefined" ? null : localStorage.getItem("nudge:text-size");
  return saved === "small" || saved === "large" ? saved : "normal";
};

export const useUi = create<UiState>()((set) => ({
  selectedNodes: [],
  selectedEdges: [],
  notice: null,
  hint: "",
  theme: initialTheme(),
  textSize: initialTextSize(),
  lessonsOpen: false,
  settled: false,
  focus: 0,
  select: (selectedNodes, selectedEdges) => set({ selectedNodes, selectedEdges }),
  notify: (kind, text, link) => set({ notice: { kind, text, at: Date.now(), ...(link ? { link } : {}) } }),
  clearNotice: () => set({ notice: null }),
  setHint: (hint) => set({ hint }),
  setTheme(theme) {
    localStorage.setItem("nudge:theme", theme);
    set({ theme });
  },
  setTextSize(textSize) {
    localStorage.setItem("nudge:text-size", textSize);
    set({ textSize });
  },
  setLessonsOpen: (lessonsOpen) => set({ lessonsOpen }),
  setSettled: (settled) => set({ settled }),
  setFocus: (focus) => set({ focus }),
}));
