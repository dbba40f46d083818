import { useEffect, useState } from "react";
import { useUi } from "../store/ui-store";
import { download } from "./files";
import { listRecords, removeRecord, type DocRecord } from "./library";
import { useLibrary } from "./library-store";
import { openDocument, readText } from "./open";
import { repairText } from "./repair";
import { openSaved } from "./startup";

interface Row {
  record: DocRecord;
  problem?: string;
}

const when = (t: number) => new Date(t).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
const fileName = (r: DocRecord) =>
  `${
    r.title
      .replace(/[^\w-]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "graph"
  }.nudge.json`;

/** "My graphs": every saved graph with its name and dates; open, download, repair (when it no longer opens) or delete. */
export function MyGraphs() {
  const open = useLibrary((s) => s.listOpen);
  const current = useLibrary((s) => s.current?.id);
  const [rows, setRows] = useState<Row[] | null>(null);
  const refresh = () =>
    listRecords()
      .then((all) =>
        setRows(
          all.map((record) => {
            const res = readText(record.text);
            return res.ok ? { record } : { record, problem: res.message };
          }),
        ),
      )
      .catch((e: unknown) =>
        useUi.getState().notify("error", `Could not list your graphs: ${e instanceof Error ? e.message : String(e)}`),
      );
  useEffect(() => {
    if (open) void refresh();
  }, [open]);
  if (!open) return null;
  const close = () => useLibrary.getState().setListOpen(false);
  const act = (f: () => Promise<unknown>) => () =>
    void f().catch((e: unknown) => useUi.getState().notify("error", e instanceof Error ? e.message : String(e)));
  const repair = (r: DocRecord) =>
    act(async () => {
      const res = repairText(r.text);
      if (!res.ok) return useUi.getState().notify("error", `Could not repair “${r.title}”: ${res.message}`);
      await openDocument(res.doc, "new");
      useUi.getState().notify("info", `Opened a repaired copy of “${r.title}”. The original is kept as it was.`);
      close();
    });
  const remove = (r: DocRecord) =>
    act(async () => {
      if (!window.confirm(`Delete “${r.title}” from this browser? Download it first to keep a copy.`)) return;
      await removeRecord(r.id);
      await refresh();
    });
  return (
    <div className="nn-library" role="dialog" aria-label="My graphs">
      <header>
        <strong>My graphs</strong>
        <span>saved in this browser</span>
        <button type="button" onClick={close} aria-label="Close My graphs">
          ✕
        </button>
      </header>
      {rows === null ? (
        <p>Loading…</p>
      ) : rows.length === 0 ? (
        <p>No saved graphs yet.</p>
      ) : (
        <ul>
          {rows.map(({ record: r, problem }) => (
            <li key={r.id} data-testid="library-row" data-broken={problem ? "true" : undefined}>
              <span className="nn-library-title">
                {r.title}
                {r.id === current ? " (open here)" : ""}
              </span>
              <span className="nn-library-date">
                changed {when(r.updatedAt)} · made {when(r.createdAt)}
              </span>
              {problem && <span className="nn-library-problem">Does not open: {problem}</span>}
              <span className="nn-library-actions">
                {!problem && r.id !== current && (
                  <button
                    type="button"
                    onClick={act(async () => {
                      await openSaved(r.id);
                      close();
                    })}
                  >
                    Open
                  </button>
                )}
                {problem && (
                  <button type="button" onClick={repair(r)}>
                    Repair
                  </button>
                )}
                <button type="button" onClick={() => download(r.text, fileName(r), "application/json")}>
                  Download
                </button>
                {r.id !== current && (
                  <button type="button" onClick={remove(r)}>
                    Delete
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
