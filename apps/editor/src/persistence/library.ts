import { createStore, del, get, promisifyRequest, update, values, type UseStore } from "idb-keyval";

/** One saved document: its JSON text exactly as saved (kept as it is even when it no longer opens). */
export interface DocRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  /** Goes up by one with every save; a tab saves only over the revision it last read or wrote. */
  rev: number;
  text: string;
}

/** The outcome of a checked save. */
export type SaveOutcome = { ok: true; record: DocRecord } | { ok: false; conflict: DocRecord | undefined };

let db: UseStore | undefined;
const store = () => (db ??= createStore("nudge-library", "documents"));

const newId = () => `g-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Every saved document, the most recently changed first. */
export async function listRecords(): Promise<DocRecord[]> {
  const all = await values<DocRecord>(store());
  return all.filter((r) => r && typeof r.id === "string").sort((a, b) => b.updatedAt - a.updatedAt);
}

export const readRecord = (id: string): Promise<DocRecord | undefined> => get<DocRecord>(id, store());

/** Adds a new document (a template, an import, a shared link, a copy) and returns its record. */
export async function addRecord(title: string, text: string, now = Date.now()): Promise<DocRecord> {
  const record: DocRecord = { id: newId(), title, createdAt: now, updatedAt: now, rev: 1, text };
  await update<DocRecord>(record.id, (old) => old ?? record, store());
  return record;
}

/**
 * Saves over a document only if nobody saved it since revision `rev` (another tab, say), in one IndexedDB
 * transaction started at once (so a save begun as the page closes still lands); otherwise leaves it as it is
 * and returns what is there now.
 */
export async function saveRecord(id: string, rev: number, title: string, text: string): Promise<SaveOutcome> {
  let outcome: SaveOutcome = { ok: false, conflict: undefined };
  await store()(
    "readwrite",
    (os) =>
      new Promise<void>((resolve, reject) => {
        const req = os.get(id) as IDBRequest<DocRecord | undefined>;
        req.onsuccess = () => {
          try {
            const old = req.result;
            if (old && old.rev === rev) {
              const record = { ...old, title, text, rev: rev + 1, updatedAt: Date.now() };
              os.put(record, id);
              outcome = { ok: true, record };
            } else outcome = { ok: false, conflict: old };
            resolve(promisifyRequest(os.transaction));
          } catch (e) {
            reject(e);
          }
        };
        req.onerror = () => reject(req.error);
      }),
  );
  return outcome;
}

export const removeRecord = (id: string): Promise<void> => del(id, store());

const LEGACY_KEY = "nudge:autosave";

/** Moves the old single autosave slot (before "My graphs") into the library as it is, even if it no longer opens. */
export async function adoptLegacyAutosave(titleOf: (text: string) => string): Promise<void> {
  const text = await get<string>(LEGACY_KEY);
  if (typeof text !== "string" || text === "") return;
  await addRecord(titleOf(text), text);
  await del(LEGACY_KEY);
}
