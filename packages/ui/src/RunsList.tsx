import type { ReactNode } from "react";
import { formatLegendValue } from "./chart-axes.js";
import { formatCount } from "./format.js";

/** One training run as the list shows it (plain numbers; the editor names it). */
export interface RunRow {
  id: string;
  /** The learner's name; empty: `autoName` shows as the placeholder. */
  name: string;
  autoName: string;
  steps: number;
  parameters: number;
  loss?: number;
  trainAccuracy?: number;
  testAccuracy?: number;
  /** Overlaid on the charts. */
  checked: boolean;
  /** The run Play goes on with (marked "current"). */
  active?: boolean;
}

export interface RunsListProps {
  runs: readonly RunRow[];
  /** How many runs are kept (said in the heading). */
  kept: number;
  /** False when no more runs can be overlaid: unchecked boxes are disabled with this reason. */
  overlayFull?: string;
  onToggle(id: string): void;
  onRename(id: string, name: string): void;
  onRestore(id: string): void;
  onDelete(id: string): void;
  onDeleteAll(): void;
  /** Extra controls under the list (the editor's "runs in exported files"). */
  children?: ReactNode;
}

const percent = (v: number | undefined) => (v === undefined ? "–" : `${(v * 100).toFixed(1)}%`);

/**
 * The training runs of a document, newest first: a box to overlay each on the charts, its name (editable; the
 * automatic one shows until the learner types one), its numbers, and buttons to restore its settings or delete it.
 * @example <RunsList runs={rows} kept={20} onToggle={…} onRename={…} onRestore={…} onDelete={…} onDeleteAll={…} />
 */
export function RunsList({ runs, kept, overlayFull, children, ...on }: RunsListProps) {
  return (
    <div className="nudge-runs">
      <p className="nudge-runs__note">
        {runs.length === 0
          ? "Each training run (Play after new weights) is listed here to compare."
          : `${runs.length} run${runs.length === 1 ? "" : "s"}; the last ${kept} are kept. Tick runs to overlay their curves.`}
      </p>
      <ol className="nudge-runs__list" aria-label="Runs">
        {[...runs].reverse().map((r) => (
          <li key={r.id} className="nudge-runs__run" data-run={r.id} data-active={r.active ? "true" : undefined}>
            <div className="nudge-runs__head">
              <input
                type="checkbox"
                checked={r.checked}
                disabled={!r.checked && overlayFull !== undefined}
                title={!r.checked ? overlayFull : undefined}
                aria-label={`Overlay ${r.name || r.autoName}`}
                onChange={() => on.onToggle(r.id)}
              />
              <input
                key={r.name}
                className="nudge-input nudge-runs__name"
                aria-label="Run name"
                defaultValue={r.name}
                placeholder={r.autoName}
                onBlur={(e) => e.target.value !== r.name && on.onRename(r.id, e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") e.currentTarget.blur();
                  if (e.key === "Escape") e.currentTarget.value = r.name;
                }}
              />
              {r.active && (
                <span className="nudge-runs__badge" title="Play goes on with this run">
                  current
                </span>
              )}
            </div>
            <div className="nudge-runs__numbers nudge-num">
              {formatCount(r.steps)} steps · loss {r.loss === undefined ? "–" : formatLegendValue([r.loss])}
              {r.trainAccuracy !== undefined && ` · train ${percent(r.trainAccuracy)}`}
              {r.testAccuracy !== undefined && ` · test ${percent(r.testAccuracy)}`} · {formatCount(r.parameters)}{" "}
              params
            </div>
            <div className="nudge-runs__actions">
              <button type="button" className="nudge-button" onClick={() => on.onRestore(r.id)}>
                Restore settings
              </button>
              <button
                type="button"
                className="nudge-button"
                aria-label={`Delete ${r.name || r.autoName}`}
                onClick={() => on.onDelete(r.id)}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ol>
      {runs.length > 1 && (
        <button type="button" className="nudge-button" onClick={on.onDeleteAll}>
          Delete all runs
        </button>
      )}
      {children}
    </div>
  );
}
