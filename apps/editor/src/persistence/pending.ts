import { addRecord, saveRecord } from "./library";

const PREFIX = "nudge:pending:";

/** An unsaved version written synchronously as the page closes (IndexedDB may not finish then; localStorage does). */
interface Pending {
  id: string | null;
  rev: number;
  title: string;
  text: string;
}

const keyOf = (id: string | null) => `${PREFIX}${id ?? "new"}`;

/** Keeps the last edits of a closing page; false when the browser refuses (full or disabled storage). */
export function stashPending(p: Pending): boolean {
  try {
    localStorage.setItem(keyOf(p.id), JSON.stringify(p));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the stash of a document whose save has landed. */
export function dropPending(id: string | null): void {
  try {
    localStorage.removeItem(keyOf(id));
  } catch {
    // Nothing was stashed where storage is disabled.
  }
}

/**
 * Saves what closing pages stashed: over the graph when nobody saved it since, else as its own graph (never lost,
 * never overwriting). Returns the graph that now holds the stash of `mine` (this tab's graph before a reload).
 */
export async function adoptPending(mine: string | null): Promise<string | null> {
  let moved = mine;
  const keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
  for (const key of keys) {
    let p: Pending;
    try {
      p = JSON.parse(localStorage.getItem(key) ?? "") as Pending;
    } catch {
      localStorage.removeItem(key);
      continue;
    }
    if (typeof p?.text !== "string" || typeof p.title !== "string") {
      localStorage.removeItem(key);
      continue;
    }
    const res = p.id ? await saveRecord(p.id, p.rev, p.title, p.text) : { ok: false as const, conflict: undefined };
    if (!res.ok && res.conflict?.text !== p.text) {
      const copy = await addRecord(p.title, p.text);
      if (p.id === mine) moved = copy.id;
    }
    localStorage.removeItem(key);
  }
  return moved;
}
