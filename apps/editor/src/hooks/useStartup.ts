import { useEffect, useState } from "react";
import { startAutosave } from "../persistence/autosave";
import { hasLink, openAtStartup, openLinkInAddress, openFirstTemplate } from "../persistence/startup";
import { useUi } from "../store/ui-store";

/** Opens what the tab should show (share link, this tab's graph, the latest graph, or the first template), then autosaves. */
export function useStartup(): { ready: boolean; fresh: boolean } {
  const [ready, setReady] = useState(false);
  const [fresh, setFresh] = useState(false);
  useEffect(() => {
    let cancelled = false;
    openAtStartup()
      .catch(async (e: unknown) => {
        useUi.getState().notify("error", `Could not open your graph: ${e instanceof Error ? e.message : String(e)}`);
        await openFirstTemplate();
        return true;
      })
      .then((isFresh) => {
        if (cancelled) return;
        setFresh(isFresh);
        if (!isFresh) useUi.getState().setSettled(true);
        else useUi.getState().setLessonsOpen(true);
        setReady(true);
      });
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(() => {
    if (!ready) return;
    const stop = startAutosave();
    const onHash = () => {
      if (hasLink()) void openLinkInAddress();
    };
    window.addEventListener("hashchange", onHash);
    return () => {
      stop();
      window.removeEventListener("hashchange", onHash);
    };
  }, [ready]);
  return { ready, fresh };
}
