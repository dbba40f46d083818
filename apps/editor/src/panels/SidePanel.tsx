import { useEffect, useRef } from "react";
import { ExpressionPanel } from "../expression/ExpressionPanel";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { BoundaryChart } from "./BoundaryChart";
import { ConfusionMatrix } from "./ConfusionMatrix";
import { ErrorBoundary } from "./ErrorBoundary";
import { GlmComparePanel } from "./GlmComparePanel";
import { Inspector } from "./Inspector";
import { DiagnosticsPanel } from "./DiagnosticsPanel";
import { LayersPanel } from "./LayersPanel";
import { Charts } from "./Charts";
import { LanguageSamples } from "./LanguageSamples";
import { RunsPanel } from "./RunsPanel";
import { TrainingControls } from "./TrainingControls";
import { TrainingSettings } from "./TrainingSettings";
import { NeuralBigramCompare } from "./text/NeuralBigramCompare";
import { TextDataPanel } from "./text/TextDataPanel";
import { useCountingBigram } from "./text/TextWorkspace";

/** The right-hand column: training (or expression) controls, charts, inspector, settings. With a node or wire selected, the Inspector docks at the top. */
export function SidePanel() {
  const mode = useDoc((s) => s.doc.mode);
  const selected = useUi((s) => s.selectedNodes[0] ?? s.selectedEdges[0]);
  const side = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected) side.current?.scrollTo({ top: 0 });
  }, [selected]);
  const data = useDoc((s) => s.doc.data);
  const counting = useCountingBigram();
  const text = data.kind === "text" && (
    <ErrorBoundary name="text data">
      <TextDataPanel data={data} />
    </ErrorBoundary>
  );
  if (counting)
    return (
      <aside className="nn-side" aria-label="Side panel" ref={side}>
        {text}
      </aside>
    );
  if (mode === "expression")
    return (
      <aside className="nn-side" aria-label="Side panel" ref={side}>
        {selected && <Inspector />}
        <ExpressionPanel />
        {!selected && <Inspector />}
      </aside>
    );
  return (
    <aside className="nn-side" aria-label="Side panel" ref={side}>
      {selected && <Inspector />}
      <TrainingControls />
      {text}
      <ErrorBoundary name="network and count table">
        <NeuralBigramCompare />
      </ErrorBoundary>
      <section className="nn-panel nn-charts">
        <ErrorBoundary name="charts">
          <Charts />
          <LanguageSamples />
          <div className="nn-row">
            <BoundaryChart />
            <ConfusionMatrix />
          </div>
        </ErrorBoundary>
      </section>
      <RunsPanel />
      <LayersPanel />
      <DiagnosticsPanel />
      <ErrorBoundary name="statistical fit">
        <GlmComparePanel />
      </ErrorBoundary>
      {!selected && <Inspector />}
      <TrainingSettings />
    </aside>
  );
}
