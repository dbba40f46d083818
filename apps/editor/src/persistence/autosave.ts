import { get, set } from "idb-keyval";
import { parseDoc } from "../doc/graph-api";
import type { GraphDoc } from "@nudge/graph";

const KEY = "nudge:autosave";

/** Saves the document to IndexedDB. */
export async function saveLocal(doc: GraphDoc): Promise<void> {
  await set(KEY, JSON.stringify(doc));
}

/** The last autosaved document, or null when there is none or it no longer parses. */
export async function loadLocal(): Promise<GraphDoc | null> {
  try {
    const text = await get<string>(KEY);
    if (!text) return null;
    const res = parseDoc(JSON.parse(text));
    return res.ok ? res.doc : null;
  } catch {
    return null;
  }
}
