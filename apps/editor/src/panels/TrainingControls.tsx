import { fmt } from "../nodes/format";
import { call, useControls } from "../training/controls";
import { useTraining } from "../training/training-store";

const pct = (x: number | undefined) => (x === undefined ? "–" : `${(x * 100).toFixed(1)}%`);

/** Play/Pause, Step, Reset and the live numbers. */
export function TrainingControls() {
  const status = useTraining((s) => s.status);
  const snap = useTraining((s) => s.snapshot);
  const ready = useControls((s) => s.trainer !== null);
  const problem = useControls((s) => s.problem);
  const loading = useControls((s) => s.loading);
  const running = status === "running";
  return (
    <section className="nn-panel" aria-label="Training">
      <div className="nn-controls">
        {running
          ? <button type="button" className="nn-primary" onClick={() => call("pause")}>Pause</button>
          : <button type="button" className="nn-primary" onClick={() => call("play")} disabled={!ready || loading || !!problem}>Play</button>}
        <button type="button" onClick={() => call("step", 1)} disabled={!ready || loading || running || !!problem} title="One training step">Step</button>
        <button type="button" onClick={() => call("reset", false)} disabled={!ready} title="Back to the same initial weights">Reset</button>
        <button type="button" onClick={() => call("reset", true)} disabled={!ready} title="Reset with new random initial weights">Re-seed</button>
      </div>
      {!ready && <p className="nn-muted">The training worker is starting…</p>}
      {problem && <p className="nn-problem" role="alert">Cannot train yet: {problem}</p>}
      {snap?.error && <p className="nn-problem" role="alert">Training stopped: {snap.error.message}</p>}
      <dl className="nn-stats" data-testid="stats">
        <div><dt>step</dt><dd data-testid="stat-step">{snap?.step ?? 0}</dd></div>
        <div><dt>loss</dt><dd data-testid="stat-loss">{snap ? fmt(snap.loss) : "–"}</dd></div>
        <div><dt>train acc</dt><dd data-testid="stat-train-acc">{pct(snap?.trainAccuracy)}</dd></div>
        <div><dt>test acc</dt><dd data-testid="stat-test-acc">{pct(snap?.testAccuracy)}</dd></div>
      </dl>
    </section>
  );
}
