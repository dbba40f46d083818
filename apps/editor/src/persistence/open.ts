import { decodeShareLink, parseDoc } from "../doc/graph-api";
import type { GraphDoc } from "@nudge/graph";
import { clearHistory, useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { call } from "../training/controls";
import { takeRun } from "../training/kept";
import { useTraining } from "../training/training-store";
import { adoptRecord, saveNow } from "./autosave";
import type { DocRecord } from "./library";

/** A document read from untrusted text, or why it cannot be opened. */
export type Read = { ok: true; doc: GraphDoc; note?: string } | { ok: false; message: string };

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const told = (res: Read): Read =>
  !res.ok ? { ok: false, message: sentence(res.message) } : res.note ? { ...res, note: sentence(res.note) } : res;

/** Reads a file's or a saved record's text; never throws. */
export function readText(text: string): Read {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: sentence(`This is not valid JSON: ${why(e)}`) };
  }
  try {
    return told(parseDoc(json));
  } catch (e) {
    return { ok: false, message: sentence(`This is not a Nudge graph: ${why(e)}`) };
  }
}

/** Reads a share link (a whole URL, `#g=…` or the fragment, percent-encoded or not); never throws. */
export function readLink(link: string): Read {
  try {
    return told(decodeShareLink(link));
  } catch (e) {
    return { ok: false, message: `This share link cannot be opened: ${why(e)} Your graph is unchanged.` };
  }
}

/**
 * Opens a document: the one action behind startup, templates, imports, share links and "My graphs". The
 * store gets the document (its kept training run goes to the trainer), undo history starts afresh, and this
 * tab then edits `saved`, or a new graph in "My graphs" (saved at once, so nothing opened is lost).
 */
export async function openDocument(doc: GraphDoc, saved: DocRecord | "new"): Promise<void> {
  useTraining.getState().clear();
  useUi.getState().setFocus(0);
  call("update", { focus: 0 });
  useDoc.getState().replaceDoc(takeRun(doc));
  clearHistory();
  adoptRecord(saved === "new" ? null : saved);
  if (saved === "new") await saveNow();
}
