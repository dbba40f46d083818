import { ReactFlowProvider } from "@xyflow/react";
import { useEffect } from "react";
import { FlowCanvas } from "./canvas/FlowCanvas";
import { useShortcuts } from "./hooks/useShortcuts";
import { useStartup } from "./hooks/useStartup";
import { useTrainer } from "./hooks/useTrainer";
import { MyGraphs } from "./persistence/MyGraphs";
import { ErrorBoundary } from "./panels/ErrorBoundary";
import { LessonPath } from "./panels/LessonPath";
import { NoticeBar } from "./panels/NoticeBar";
import { Palette } from "./panels/Palette";
import { SidePanel } from "./panels/SidePanel";
import { Toolbar } from "./panels/Toolbar";
import { TextWorkspace, useCountingBigram } from "./panels/text/TextWorkspace";
import { useUi } from "./store/ui-store";

function Shell() {
  const { ready, fresh } = useStartup();
  const theme = useUi((s) => s.theme);
  const textSize = useUi((s) => s.textSize);
  const counting = useCountingBigram();
  useShortcuts();
  useTrainer(ready);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.textSize = textSize;
  }, [theme, textSize]);
  return (
    <div className="nn-app">
      <Toolbar />
      <Palette />
      <main className="nn-main" data-text-workspace={counting}>
        <NoticeBar />
        <LessonPath />
        <MyGraphs />
        {counting && <TextWorkspace />}
        {ready && (
          <ErrorBoundary name="canvas">
            <FlowCanvas settle={fresh} />
          </ErrorBoundary>
        )}
      </main>
      <SidePanel />
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
