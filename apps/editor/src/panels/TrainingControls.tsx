import { toyInfo, uniformGuessLoss } from "@nudge/graph";
import { InitialLoss, SelectField, TrainingControls as Controls } from "@nudge/ui";
import { useMemo } from "react";
import { useReactFlow } from "@xyflow/react";
import { useDoc } from "../store/app-store";
import { call, useControls } from "../training/controls";
import { speedLabels, useSpeed, type Speed } from "../training/speed";
import { useTraining } from "../training/training-store";

const SPEEDS = (Object.keys(speedLabels) as Speed[]).map((value) => ({ value, label: speedLabels[value] }));
const count = (n: number) => n.toLocaleString("en-US");

/**
 * Play/Pause, Step, Reset, Re-seed, the speed and the live numbers (accuracies only for classification):
 * @nudge/ui's `TrainingControls` wired to the trainer. Reset returns to the weights the run started from
 * (the document's), keeping the graph and settings as they are now.
 */
export function TrainingControls() {
  const status = useTraining((s) => s.status);
  const snap = useTraining((s) => s.snapshot);
  const ready = useControls((s) => s.trainer !== null);
  const problem = useControls((s) => s.problem);
  const loading = useControls((s) => s.loading);
  const speed = useSpeed((s) => s.speed);
  const stop = useDoc((s) => s.doc.training.stopAfter);
  const classifying = useDoc((s) => s.doc.data.kind === "toy" && toyInfo[s.doc.data.name].task === "classification");
  const flow = useReactFlow();
  const doc = useDoc((s) => s.doc);
  const guess = useMemo(() => uniformGuessLoss(doc), [doc]);
  const first = useTraining((s) => (s.curve[0]?.step === 0 ? s.curve[0].loss : undefined));
  const at = useDoc((s) => (snap?.error?.nodeId ? s.doc.nodes.find((n) => n.id === snap.error!.nodeId) : undefined));
  const reason = !ready ? "The training worker is starting…" : problem ? `Cannot train yet: ${problem}` : undefined;
  return (
    <section className="nn-panel nn-training" aria-label="Training">
      <Controls
        status={status}
        step={snap?.step ?? 0}
        stepsPerSecond={snap?.stepsPerSecond || undefined}
        showStats={classifying}
        loss={snap?.loss}
        trainAccuracy={snap?.trainAccuracy}
        testAccuracy={snap?.testAccuracy}
        onPlay={() => call("play")}
        onPause={() => call("pause")}
        onStep={() => call("step", 1)}
        onReset={() => call("reset", false)}
        onReseed={() => call("reset", true)}
        disabledReason={reason}
        busy={loading}
      >
        <div className="nn-speed">
          <SelectField label="speed" value={speed} options={SPEEDS} onChange={useSpeed.getState().setSpeed} />
        </div>
      </Controls>
      {snap?.stoppedAt !== undefined && status === "paused" && (
        <p className="nn-muted" role="status" data-testid="stopped-at">
          Paused at step {count(snap.stoppedAt)}: the stop condition
          {stop ? ` (${count(stop.count)} ${stop.unit})` : ""} in Settings. Play trains as many more.
        </p>
      )}
      {guess && <InitialLoss first={loading ? undefined : first} expected={guess.loss} formula={guess.formula} />}
      {snap?.error && (
        <p className="nn-problem" role="alert" data-testid="training-stopped">
          Training stopped: {snap.error.message}
          {at && (
            <>
              {" "}
              <button
                type="button"
                className="nudge-button"
                onClick={() => void flow.fitView({ nodes: [{ id: at.id }], maxZoom: 1.2, duration: 300 })}
              >
                Show {at.label ?? at.id}
              </button>
            </>
          )}
        </p>
      )}
    </section>
  );
}
