import { useEffect, useState } from "react";
import { autoLayout } from "../canvas/layout";
import { loadLocal, saveLocal } from "../persistence/autosave";
import { docFromLocation } from "../persistence/share";
import { clearHistory, firstTemplate, useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";

/** Opens the shared link, else the autosave, else the first template; then autosaves every change. */
export function useStartup(): { ready: boolean; fresh: boolean } {
  const [ready, setReady] = useState(false);
  const [fresh, setFresh] = useState(false);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      let freshDoc = false;
      const link = docFromLocation();
      const ui = useUi.getState();
      if (link?.ok) {
        useDoc.getState().replaceDoc(link.doc);
        ui.setHint(`Opened a shared graph: “${link.doc.title}”.`);
      } else {
        if (link && !link.ok) ui.notify("error", link.message);
        const saved = await loadLocal();
        if (saved) {
          useDoc.getState().replaceDoc(saved);
          ui.setHint(`Welcome back: restored “${saved.title}”.`);
        } else {
          useDoc.getState().replaceDoc(await autoLayout(firstTemplate.build()));
          setFresh(true);
          freshDoc = true;
          ui.setHint(firstTemplate.hint);
        }
      }
      if (cancelled) return;
      clearHistory();
      if (!freshDoc) useUi.getState().setSettled(true);
      setReady(true);
    })();
    return () => { cancelled = true; };
  }, []);
  useEffect(() => {
    if (!ready) return;
    let t: number | undefined;
    const unsub = useDoc.subscribe((s, prev) => {
      if (s.doc === prev.doc) return;
      window.clearTimeout(t);
      t = window.setTimeout(() => void saveLocal(s.doc), 400);
    });
    return () => { unsub(); window.clearTimeout(t); };
  }, [ready]);
  return { ready, fresh };
}
