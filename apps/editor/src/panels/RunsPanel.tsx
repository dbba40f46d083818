import { limits, runFacts, runName, type RunRecord } from "@nudge/graph";
import { RunsList, type RunRow } from "@nudge/ui";
import { useMemo, useState } from "react";
import { MAX_SHOWN, useRuns } from "../runs/runs-store";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";

const row = (r: RunRecord, shown: readonly string[], activeId: string | null): RunRow => ({
  id: r.id,
  name: r.name ?? "",
  autoName: runName({ ...r, name: undefined }),
  steps: r.steps,
  parameters: r.parameterCount,
  loss: r.final.loss,
  trainAccuracy: r.final.trainAccuracy,
  testAccuracy: r.final.testAccuracy,
  checked: shown.includes(r.id),
  active: r.id === activeId,
});

/** Puts a run's training settings back (one undo step) and says what it did and what it left alone. */
function restore(run: RunRecord): void {
  const doc = useDoc.getState().doc;
  useDoc.getState().setTraining(run.settings);
  const differs = (key: string) =>
    runFacts({ ...run, parameterCount: 0 }).find((f) => f.key === key)?.text !==
    runFacts({ settings: doc.training, data: doc.data, parameterCount: 0 }).find((f) => f.key === key)?.text;
  const dataNote = ["data", "points", "noise", "test", "dataSeed", "classes"].some(differs)
    ? " It trained on other data; this graph's data is unchanged."
    : "";
  useUi
    .getState()
    .notify("info", `Restored the settings of “${runName(run)}”; press Reset then Play to train them.${dataNote}`);
}

/** The "Runs" section: every training run of this document, to overlay on the charts, rename, restore or delete. */
export function RunsPanel() {
  const [open, setOpen] = useState(true);
  const runs = useRuns((s) => s.runs);
  const shown = useRuns((s) => s.shown);
  const activeId = useRuns((s) => s.activeId);
  const inFiles = useRuns((s) => s.inFiles);
  const rows = useMemo(() => runs.map((r) => row(r, shown, activeId)), [runs, shown, activeId]);
  const store = useRuns.getState();
  return (
    <details className="nn-panel nn-runs" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Runs <span className="nn-muted">{runs.length ? `${runs.length} recorded` : "compare training runs"}</span>
      </summary>
      <RunsList
        runs={rows}
        kept={limits.maxRuns}
        overlayFull={shown.length >= MAX_SHOWN ? `Up to ${MAX_SHOWN} runs can be overlaid at once.` : undefined}
        onToggle={store.toggle}
        onRename={store.rename}
        onRestore={(id) => {
          const run = useRuns.getState().runs.find((r) => r.id === id);
          if (run) restore(run);
        }}
        onDelete={store.remove}
        onDeleteAll={store.removeAll}
      >
        <label className="nn-check">
          <input type="checkbox" checked={inFiles} onChange={(e) => store.setInFiles(e.target.checked)} /> Include the
          runs in exported files (links never carry them)
        </label>
      </RunsList>
    </details>
  );
}
