import type { ReactNode } from "react";
import { formatCount, formatNumber } from "./format.js";
import { SelectField } from "./SelectField.js";

/** The learning rates offered (TensorFlow Playground's list). */
export const learningRates = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;

const percent = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : "–");

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="nudge-controls__counter">
      <span className="nudge-field__label">{label}</span>
      <output className="nudge-num" aria-label={label}>
        {value}
      </output>
    </div>
  );
}

export interface TrainingControlsProps {
  status: "idle" | "running" | "paused" | "error";
  /** Training steps taken. */
  step: number;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  /** Shows a "Re-seed" button: reset with new random initial weights. */
  onReseed?: () => void;
  /** Learning rate select; shown with `onLearningRateChange` (the editor sets it in its settings panel instead). */
  learningRate?: number;
  onLearningRateChange?: (lr: number) => void;
  /** Batch size; shown with `onBatchSizeChange`. */
  batchSize?: number | "all";
  batchSizes?: readonly (number | "all")[];
  onBatchSizeChange?: (size: number | "all") => void;
  /** Steps per second reported by the worker. */
  stepsPerSecond?: number;
  /** Latest training loss and accuracies (0–1), shown beside the step counter when given. */
  loss?: number;
  trainAccuracy?: number;
  testAccuracy?: number;
  /** Extra controls at the end (e.g. an optimiser select). */
  children?: ReactNode;
  /** Disables the buttons, e.g. while the graph has problems; the reason is shown. */
  disabledReason?: string;
  /** Disables Play and Step without a message, e.g. while a changed graph is loading. */
  busy?: boolean;
  /** Shows the loss and accuracies as "–" until the first values arrive, so the layout does not jump. */
  showStats?: boolean;
}

/**
 * Play / Pause / Step / Reset with the step counter and the learning rate (controlled).
 * @example <TrainingControls status="paused" step={120} onPlay={play} onPause={pause} onStep={step} onReset={reset} learningRate={0.1} onLearningRateChange={setLr} />
 */
export function TrainingControls(props: TrainingControlsProps) {
  const { status, step, onPlay, onPause, onStep, onReset, learningRate, onLearningRateChange, disabledReason } = props;
  const running = status === "running";
  const blocked = disabledReason !== undefined || props.busy === true;
  const rates =
    learningRate === undefined || learningRates.includes(learningRate as (typeof learningRates)[number])
      ? learningRates
      : [...learningRates, learningRate].sort((a, b) => a - b);
  const always = props.showStats === true;
  return (
    <div className="nudge-controls" role="group" aria-label="Training">
      <div className="nudge-controls__buttons">
        <button
          type="button"
          className="nudge-button nudge-button--primary"
          onClick={onPlay}
          disabled={running || blocked}
        >
          <span aria-hidden>▶</span>Play
        </button>
        <button type="button" className="nudge-button" onClick={onPause} disabled={!running}>
          <span aria-hidden>❚❚</span>Pause
        </button>
        <button type="button" className="nudge-button" onClick={onStep} disabled={running || blocked}>
          <span aria-hidden>⇥</span>Step
        </button>
        <button type="button" className="nudge-button" onClick={onReset} title="Back to the same initial weights">
          <span aria-hidden>↺</span>Reset
        </button>
        {props.onReseed && (
          <button
            type="button"
            className="nudge-button"
            onClick={props.onReseed}
            title="Reset with new random initial weights"
          >
            Re-seed
          </button>
        )}
      </div>
      <div className="nudge-controls__counter" aria-live="off">
        <span className="nudge-field__label">step</span>
        <output className="nudge-num" aria-label="step">
          {formatCount(step)}
        </output>
        {props.stepsPerSecond !== undefined && running && (
          <span className="nudge-field__hint">{formatCount(props.stepsPerSecond)} steps/s</span>
        )}
      </div>
      {(always || props.loss !== undefined) && (
        <Stat label="loss" value={props.loss === undefined ? "–" : formatNumber(props.loss, 4)} />
      )}
      {(always || props.trainAccuracy !== undefined) && (
        <Stat label="train acc" value={percent(props.trainAccuracy ?? Number.NaN)} />
      )}
      {(always || props.testAccuracy !== undefined) && (
        <Stat label="test acc" value={percent(props.testAccuracy ?? Number.NaN)} />
      )}
      {onLearningRateChange && learningRate !== undefined && (
        <SelectField
          label="Learning rate"
          value={learningRate}
          options={rates.map((r) => ({ value: r, label: String(r) }))}
          onChange={onLearningRateChange}
        />
      )}
      {props.onBatchSizeChange && props.batchSize !== undefined && (
        <SelectField
          label="Batch size"
          value={props.batchSize}
          options={(props.batchSizes ?? [1, 10, 32, "all"]).map((b) => ({ value: b, label: String(b) }))}
          onChange={props.onBatchSizeChange}
        />
      )}
      {props.children}
      {disabledReason !== undefined && (
        <p className="nudge-controls__reason" role="status">
          {disabledReason}
        </p>
      )}
    </div>
  );
}
