import { ExpressionPanel } from "../expression/ExpressionPanel";
import { useDoc } from "../store/app-store";
import { BoundaryChart } from "./BoundaryChart";
import { ConfusionMatrix } from "./ConfusionMatrix";
import { ErrorBoundary } from "./ErrorBoundary";
import { GlmComparePanel } from "./GlmComparePanel";
import { Inspector } from "./Inspector";
import { LayersPanel } from "./LayersPanel";
import { Charts } from "./Charts";
import { RunsPanel } from "./RunsPanel";
import { TrainingControls } from "./TrainingControls";
import { TrainingSettings } from "./TrainingSettings";

/** The right-hand column: training (or expression) controls, charts, inspector, settings. */
export function SidePanel() {
  const mode = useDoc((s) => s.doc.mode);
  if (mode === "expression")
    return (
      <aside className="nn-side" aria-label="Side panel">
        <ExpressionPanel />
        <Inspector />
      </aside>
    );
  return (
    <aside className="nn-side" aria-label="Side panel">
      <TrainingControls />
      <section className="nn-panel nn-charts">
        <ErrorBoundary name="charts">
          <Charts />
          <div className="nn-row">
            <BoundaryChart />
            <ConfusionMatrix />
          </div>
        </ErrorBoundary>
      </section>
      <RunsPanel />
      <LayersPanel />
      <ErrorBoundary name="statistical fit">
        <GlmComparePanel />
      </ErrorBoundary>
      <Inspector />
      <TrainingSettings />
    </aside>
  );
}
