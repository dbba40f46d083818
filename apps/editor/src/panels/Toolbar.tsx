import { useReactFlow } from "@xyflow/react";
import { useRef } from "react";
import { useStore } from "zustand";
import { exportCode, templates } from "../doc/graph-api";
import { useTraining } from "../training/training-store";
import { autoLayout } from "../canvas/layout";
import { openTemplate } from "../canvas/open-template";
import { fitReadable } from "../canvas/readable-fit";
import { baseName, download, exportFile } from "../persistence/files";
import { useLibrary } from "../persistence/library-store";
import { openDocument, readText } from "../persistence/open";
import { shareUrl } from "../persistence/share";
import { redo, undo, useDoc } from "../store/app-store";
import { useRuns } from "../runs/runs-store";
import { useUi, type TextSize } from "../store/ui-store";
import { withRun } from "../training/kept";
import { zoomDoc } from "../doc/zoom";
import { collapseAll, expandAll } from "@nudge/graph";

const zoomAll = [
  ["Expand all", expandAll, "Layers into neurons, neurons into ops"],
  ["Collapse all", collapseAll, "Ops into neurons, neurons into layers"],
] as const;
import { TitleField } from "./TitleField";

/** The top bar: title, lessons and templates, undo/redo, layout, import/export/share, text size and theme; it wraps onto a second row when narrow. */
export function Toolbar() {
  const flow = useReactFlow();
  const file = useRef<HTMLInputElement>(null);
  const canUndo = useStore(useDoc.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDoc.temporal, (s) => s.futureStates.length > 0);
  const theme = useUi((s) => s.theme);
  const textSize = useUi((s) => s.textSize);
  const lessonsOpen = useUi((s) => s.lessonsOpen);
  const ui = useUi.getState;
  const fit = () => requestAnimationFrame(() => void fitReadable(flow));

  const layout = async () => {
    const laid = await autoLayout(useDoc.getState().doc, new Map(flow.getNodes().map((n) => [n.id, n.measured ?? {}])));
    useDoc.getState().moveNodes(Object.fromEntries(laid.nodes.map((n) => [n.id, n.position])));
    fit();
  };
  const onFile = async (f: File | undefined) => {
    if (!f) return;
    if (file.current) file.current.value = "";
    try {
      const res = readText(await f.text());
      if (!res.ok) return ui().notify("error", `Could not open ${f.name}: ${res.message} Your graph is unchanged.`);
      await openDocument(res.doc, "new");
      ui().notify(
        "info",
        `Opened ${f.name} as a new graph (your previous graph is in My graphs).${res.note ? ` ${res.note}` : ""}`,
      );
      fit();
    } catch (e) {
      ui().notify(
        "error",
        `Could not open ${f.name}: ${e instanceof Error ? e.message : String(e)} Your graph is unchanged.`,
      );
    }
  };
  const exportAs = (language: "typescript" | "pytorch") => {
    const doc = useDoc.getState().doc;
    const trained = useTraining.getState().snapshot?.step ?? 0;
    const res = exportCode(doc, language, trained > 0 ? trained : undefined);
    if (!res.ok) return ui().notify("error", `Cannot export yet: ${res.message}`);
    download(res.code, `${baseName(doc)}.${language === "typescript" ? "ts" : "py"}`, "text/plain");
    const name = language === "typescript" ? "TypeScript" : "PyTorch";
    const what = trained > 0 ? `, training ${trained} steps as you did` : "";
    ui().notify("info", `Saved ${name} code for “${doc.title}”${what}.`);
  };
  const share = async () => {
    const res = shareUrl(withRun(useDoc.getState().doc, { runs: false }));
    if (!res.ok) return ui().notify("error", `No share link: ${res.message}`);
    try {
      await navigator.clipboard.writeText(res.url);
      ui().notify(
        "info",
        "Share link copied to the clipboard. It opens a copy of this graph, trained as it is now.",
        res.url,
      );
    } catch {
      ui().notify(
        "info",
        "Share link ready: copy it from the box below. It opens a copy of this graph, trained as it is now.",
        res.url,
      );
    }
  };

  return (
    <header className="nn-toolbar">
      <strong className="nn-brand">Nudge</strong>
      <TitleField />
      <div className="nn-group" role="group" aria-label="Start">
        <button type="button" aria-pressed={lessonsOpen} onClick={() => ui().setLessonsOpen(!lessonsOpen)}>
          Lessons
        </button>
        <select aria-label="Templates" value="" onChange={(e) => void openTemplate(e.target.value, flow)}>
          <option value="" disabled>
            Open a template…
          </option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <div className="nn-group" role="group" aria-label="Edit">
        <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" onClick={() => void layout()} title="Arrange the graph in layers (auto-layout)">
          Layout
        </button>
        {zoomAll.map(([label, transform, title]) => (
          <button key={label} type="button" onClick={() => void zoomDoc(transform, flow)} title={title}>
            {label}
          </button>
        ))}
      </div>
      <div className="nn-group" role="group" aria-label="File">
        <button type="button" onClick={() => file.current?.click()}>
          Import
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-file"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <button type="button" onClick={() => useLibrary.getState().setListOpen(true)}>
          My graphs
        </button>
        <button
          type="button"
          onClick={() => exportFile(withRun(useDoc.getState().doc, { runs: useRuns.getState().inFiles }))}
        >
          Export
        </button>
        <button type="button" onClick={() => void share()} title="Copy a share link to this graph">
          Share
        </button>
        <select
          aria-label="Export as code"
          value=""
          onChange={(e) => exportAs(e.target.value as "typescript" | "pytorch")}
        >
          <option value="" disabled>
            Code…
          </option>
          <option value="typescript">TypeScript</option>
          <option value="pytorch">PyTorch</option>
        </select>
      </div>
      <div className="nn-group nn-view" role="group" aria-label="View">
        <select aria-label="Text size" value={textSize} onChange={(e) => ui().setTextSize(e.target.value as TextSize)}>
          <option value="small">Small text</option>
          <option value="normal">Normal text</option>
          <option value="large">Large text</option>
        </select>
        <button
          type="button"
          onClick={() => ui().setTheme(theme === "dark" ? "light" : "dark")}
          aria-label={theme === "dark" ? "Light theme" : "Dark theme"}
          title={theme === "dark" ? "Light theme" : "Dark theme"}
        >
          {theme === "dark" ? "☀" : "☾"}
        </button>
      </div>
    </header>
  );
}
