import { useReactFlow } from "@xyflow/react";
import { useRef } from "react";
import { useStore } from "zustand";
import { exportCode, templates } from "../doc/graph-api";
import { autoLayout } from "../canvas/layout";
import { settleLayout } from "../canvas/settle";
import { baseName, download, exportFile } from "../persistence/files";
import { shareUrl } from "../persistence/share";
import { redo, undo, useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { call } from "../training/controls";
import { useTraining } from "../training/training-store";

/** The top bar: templates, undo/redo, layout, import/export/share, theme. */
export function Toolbar() {
  const flow = useReactFlow();
  const file = useRef<HTMLInputElement>(null);
  const title = useDoc((s) => s.doc.title);
  const canUndo = useStore(useDoc.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDoc.temporal, (s) => s.futureStates.length > 0);
  const theme = useUi((s) => s.theme);
  const ui = useUi.getState;
  const fit = () => requestAnimationFrame(() => flow.fitView({ padding: 0.15, duration: 200 }));

  const openTemplate = async (id: string) => {
    const t = templates.find((x) => x.id === id);
    if (!t) return;
    ui().setSettled(false);
    ui().setFocus(0);
    call("update", { focus: 0 });
    useTraining.getState().clear();
    useDoc.getState().replaceDoc(await autoLayout(t.build()));
    ui().setHint(t.hint);
    await settleLayout(flow);
  };
  const layout = async () => {
    const laid = await autoLayout(useDoc.getState().doc, new Map(flow.getNodes().map((n) => [n.id, n.measured ?? {}])));
    useDoc.getState().moveNodes(Object.fromEntries(laid.nodes.map((n) => [n.id, n.position])));
    fit();
  };
  const onFile = async (f: File | undefined) => {
    if (!f) return;
    const res = useDoc.getState().importText(await f.text());
    if (res.ok) { useTraining.getState().clear(); ui().notify("info", `Opened ${f.name}.`); fit(); }
    else ui().notify("error", `Could not open ${f.name}: ${res.message} Your graph is unchanged.`);
    if (file.current) file.current.value = "";
  };
  const exportAs = (language: "typescript" | "pytorch") => {
    const doc = useDoc.getState().doc;
    const res = exportCode(doc, language);
    if (!res.ok) return ui().notify("error", `Cannot export yet: ${res.message}`);
    download(res.code, `${baseName(doc)}.${language === "typescript" ? "ts" : "py"}`, "text/plain");
    ui().notify("info", `Saved ${language === "typescript" ? "TypeScript" : "PyTorch"} code for “${doc.title}”.`);
  };
  const share = async () => {
    const url = shareUrl(useDoc.getState().doc);
    history.replaceState(null, "", url);
    try { await navigator.clipboard.writeText(url); ui().notify("info", "Share link copied to the clipboard."); }
    catch { ui().notify("info", "Share link is in the address bar."); }
  };

  return (
    <header className="nn-toolbar">
      <strong className="nn-brand">Nudge</strong>
      <span className="nn-title" title="Graph title">{title}</span>
      <label className="nn-field-inline">
        <span>Templates</span>
        <select aria-label="Templates" value="" onChange={(e) => void openTemplate(e.target.value)}>
          <option value="" disabled>Open a template…</option>
          {templates.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
        </select>
      </label>
      <div className="nn-group" role="group" aria-label="Edit">
        <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">Undo</button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">Redo</button>
        <button type="button" onClick={() => void layout()} title="Arrange the graph in layers">Auto-layout</button>
      </div>
      <div className="nn-group" role="group" aria-label="File">
        <button type="button" onClick={() => file.current?.click()}>Import</button>
        <input ref={file} type="file" accept=".json,application/json" hidden data-testid="import-file"
          onChange={(e) => void onFile(e.target.files?.[0])} />
        <button type="button" onClick={() => exportFile(useDoc.getState().doc)}>Export</button>
        <button type="button" onClick={() => void share()}>Share link</button>
        <select aria-label="Export as code" value="" onChange={(e) => exportAs(e.target.value as "typescript" | "pytorch")}>
          <option value="" disabled>Code…</option>
          <option value="typescript">TypeScript</option>
          <option value="pytorch">PyTorch</option>
        </select>
      </div>
      <button type="button" className="nn-theme" onClick={() => ui().setTheme(theme === "dark" ? "light" : "dark")}
        aria-label={theme === "dark" ? "Light theme" : "Dark theme"}>{theme === "dark" ? "☀ Light" : "☾ Dark"}</button>
    </header>
  );
}
