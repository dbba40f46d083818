import { ReactFlowProvider } from "@xyflow/react";
import { useEffect } from "react";
import { FlowCanvas } from "./canvas/FlowCanvas";
import { useShortcuts } from "./hooks/useShortcuts";
import { useStartup } from "./hooks/useStartup";
import { Inspector } from "./panels/Inspector";
import { NoticeBar } from "./panels/NoticeBar";
import { Palette } from "./panels/Palette";
import { Toolbar } from "./panels/Toolbar";
import { useUi } from "./store/ui-store";

function Shell() {
  const ready = useStartup();
  const theme = useUi((s) => s.theme);
  useShortcuts();
  useEffect(() => { document.documentElement.dataset.theme = theme; }, [theme]);
  return (
    <div className="nn-app">
      <Toolbar />
      <Palette />
      <main className="nn-main">
        <NoticeBar />
        {ready && <FlowCanvas />}
      </main>
      <aside className="nn-side" aria-label="Side panel">
        <Inspector />
      </aside>
    </div>
  );
}

/** The Nudge editor. */
export function App() {
  return (
    <ReactFlowProvider>
      <Shell />
    </ReactFlowProvider>
  );
}
