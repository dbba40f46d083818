import { formatCount } from "./format.js";
import { SelectField } from "./SelectField.js";

/** The learning rates offered (TensorFlow Playground's list). */
export const learningRates = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;

export interface TrainingControlsProps {
  status: "idle" | "running" | "paused" | "error";
  /** Training steps taken. */
  step: number;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  learningRate: number;
  onLearningRateChange: (lr: number) => void;
  /** Batch size; shown with `onBatchSizeChange`. */
  batchSize?: number | "all";
  batchSizes?: readonly (number | "all")[];
  onBatchSizeChange?: (size: number | "all") => void;
  /** Steps per second reported by the worker. */
  stepsPerSecond?: number;
  /** Disables the buttons, e.g. while the graph has problems; the reason is shown. */
  disabledReason?: string;
}

/**
 * Play / Pause / Step / Reset with the step counter and the learning rate (controlled).
 * @example <TrainingControls status="paused" step={120} onPlay={play} onPause={pause} onStep={step} onReset={reset} learningRate={0.1} onLearningRateChange={setLr} />
 */
export function TrainingControls(props: TrainingControlsProps) {
  const { status, step, onPlay, onPause, onStep, onReset, learningRate, onLearningRateChange, disabledReason } = props;
  const running = status === "running";
  const blocked = disabledReason !== undefined;
  const rates = learningRates.includes(learningRate as (typeof learningRates)[number]) ? learningRates : [...learningRates, learningRate].sort((a, b) => a - b);
  return (
    <div className="nudge-controls" role="group" aria-label="Training">
      <div className="nudge-controls__buttons">
        <button type="button" className="nudge-button nudge-button--primary" onClick={onPlay} disabled={running || blocked}>
          <span aria-hidden>▶</span>Play
        </button>
        <button type="button" className="nudge-button" onClick={onPause} disabled={!running}>
          <span aria-hidden>❚❚</span>Pause
        </button>
        <button type="button" className="nudge-button" onClick={onStep} disabled={running || blocked}>
          <span aria-hidden>⇥</span>Step
        </button>
        <button type="button" className="nudge-button" onClick={onReset}>
          <span aria-hidden>↺</span>Reset
        </button>
      </div>
      <div className="nudge-controls__counter" aria-live="off">
        <span className="nudge-field__label">step</span>
        <output className="nudge-num" aria-label="step">{formatCount(step)}</output>
        {props.stepsPerSecond !== undefined && running && <span className="nudge-field__hint">{formatCount(props.stepsPerSecond)} steps/s</span>}
      </div>
      <SelectField label="Learning rate" value={learningRate} options={rates.map((r) => ({ value: r, label: String(r) }))} onChange={onLearningRateChange} />
      {props.onBatchSizeChange && props.batchSize !== undefined && (
        <SelectField
          label="Batch size"
          value={props.batchSize}
          options={(props.batchSizes ?? [1, 10, 32, "all"]).map((b) => ({ value: b, label: String(b) }))}
          onChange={props.onBatchSizeChange}
        />
      )}
      {blocked && <p className="nudge-controls__reason" role="status">{disabledReason}</p>}
    </div>
  );
}
