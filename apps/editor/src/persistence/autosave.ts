import { useRuns } from "../runs/runs-store";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { withRun } from "../training/kept";
import { useTraining } from "../training/training-store";
import { addRecord, saveRecord, type DocRecord } from "./library";
import { useLibrary } from "./library-store";
import { dropPending, stashPending } from "./pending";

const DEBOUNCE_MS = 400;
const TRAINING_SAVE_MS = 5000;

let savedText: string | undefined;
const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("nudge-library");
let warned: string | undefined;
let running: Promise<void> | undefined;
let again = false;

const message = (e: unknown) =>
  e instanceof Error
    ? `${e.name === "QuotaExceededError" ? "the browser's storage is full. " : ""}${e.message}`
    : String(e);

/** This tab now edits `record` as saved (nothing to write until the document changes). */
export function adoptRecord(record: DocRecord | null): void {
  savedText = record?.text;
  useLibrary.getState().setCurrent(record ? { id: record.id, rev: record.rev } : null);
}

async function write(): Promise<void> {
  const doc = withRun(useDoc.getState().doc);
  const text = JSON.stringify(doc);
  const lib = useLibrary.getState();
  if (text === savedText && lib.current) return;
  try {
    const current = lib.current;
    const res = current
      ? await saveRecord(current.id, current.rev, doc.title, text)
      : { ok: true as const, record: await addRecord(doc.title, text) };
    dropPending(current?.id ?? null);
    if (res.ok) {
      adoptRecord(res.record);
      channel?.postMessage({ id: res.record.id, rev: res.record.rev });
    } else {
      adoptRecord(await addRecord(doc.title, text));
      useUi
        .getState()
        .notify(
          "error",
          `“${doc.title}” was also changed in another tab. So that neither is lost, this tab's version is now a separate graph in My graphs.`,
        );
    }
    if (lib.saveError) lib.setSaveError(null);
  } catch (e) {
    const why = message(e);
    if (lib.saveError !== why)
      useUi
        .getState()
        .notify(
          "error",
          `Could not save “${doc.title}” in this browser: ${why} Your work stays open here; use Export to keep a copy.`,
        );
    lib.setSaveError(why);
  }
}

/** Saves the document (with its training run) now; calls during a save run once more after it. */
export function saveNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = write().finally(() => {
    running = undefined;
    if (again) {
      again = false;
      void saveNow();
    }
  });
  return running;
}

/**
 * Saves 400 ms after each edit, every 5 s while training and when it stops, and at once when the page is hidden;
 * as it closes, the unsaved version also goes to localStorage synchronously (startup saves it).
 */
export function startAutosave(): () => void {
  let timer: number | undefined;
  let trainedAt = Date.now();
  const later = (ms: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void saveNow(), ms);
  };
  const flush = () => {
    window.clearTimeout(timer);
    void saveNow();
  };
  const onPageHide = () => {
    const doc = withRun(useDoc.getState().doc);
    const text = JSON.stringify(doc);
    const current = useLibrary.getState().current;
    if (text !== savedText) stashPending({ id: current?.id ?? null, rev: current?.rev ?? 0, title: doc.title, text });
    flush();
  };
  const offDoc = useDoc.subscribe((s, prev) => {
    if (s.doc !== prev.doc) later(DEBOUNCE_MS);
  });
  const offRuns = useRuns.subscribe((s, prev) => {
    if (s.edits !== prev.edits) later(DEBOUNCE_MS);
  });
  const offTraining = useTraining.subscribe((s, prev) => {
    const moved = !!s.snapshot && s.snapshot.step !== prev.snapshot?.step;
    const stopped = s.status !== prev.status && s.status !== "running";
    if (stopped || (moved && (s.status !== "running" || Date.now() - trainedAt > TRAINING_SAVE_MS))) {
      trainedAt = Date.now();
      later(DEBOUNCE_MS);
    }
  });
  const onOtherTab = (e: MessageEvent<{ id?: unknown; rev?: unknown }>) => {
    const current = useLibrary.getState().current;
    if (
      !current ||
      e.data?.id !== current.id ||
      typeof e.data.rev !== "number" ||
      e.data.rev <= current.rev ||
      warned === current.id
    )
      return;
    warned = current.id;
    const title = useDoc.getState().doc.title;
    useUi
      .getState()
      .notify(
        "info",
        `“${title}” was just saved in another tab. Edits made here will be kept as a separate graph, so neither tab's work is lost.`,
      );
  };
  channel?.addEventListener("message", onOtherTab);
  const onHidden = () => {
    if (document.visibilityState === "hidden") flush();
  };
  window.addEventListener("pagehide", onPageHide);
  document.addEventListener("visibilitychange", onHidden);
  return () => {
    window.clearTimeout(timer);
    offDoc();
    offTraining();
    offRuns();
    window.removeEventListener("pagehide", onPageHide);
    channel?.removeEventListener("message", onOtherTab);
    document.removeEventListener("visibilitychange", onHidden);
  };
}
