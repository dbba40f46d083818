import { ValueRow } from "./ValueRow.js";

export interface OpNodeViewProps {
  /** The value's name, e.g. `"a"`, `"e"`, `"L"`. */
  label: string;
  /** Op that produced the value (`"+"`, `"*"`, `"tanh"`, `"**2"`…); omit for a leaf. */
  op?: string;
  /** The value; `undefined` shows a dash (forward has not reached this node yet). */
  data?: number;
  /** Gradient of the output with respect to this value; `undefined` before backward. */
  grad?: number;
  /** This node is the op being executed in step-through. */
  active?: boolean;
  /** Which pass the active step belongs to; shown beside the highlight. */
  phase?: "forward" | "backward";
  selected?: boolean;
}

const opGlyph: Record<string, string> = { "*": "×", "-": "−", "/": "÷" };

/**
 * An expression node in micrograd's draw_dot style: an op circle feeding a `label | data | grad` record.
 * @example <OpNodeView label="e" op="*" data={-6} grad={-2} />
 */
export function OpNodeView({ label, op, data, grad, active, phase, selected }: OpNodeViewProps) {
  const classes = ["nudge-op"];
  if (active) classes.push("nudge-op--active");
  if (selected) classes.push("nudge-op--selected");
  return (
    <div className={classes.join(" ")} data-kind="op" aria-current={active ? "step" : undefined}>
      {op !== undefined && (
        <span className="nudge-op__circle" aria-label={`op ${op}`}>
          {opGlyph[op] ?? op}
        </span>
      )}
      <div className="nudge-op__record">
        <span className="nudge-op__label">{label}</span>
        <ValueRow name="data" value={data} />
        <ValueRow name="grad" value={grad} isGrad />
      </div>
      {active && <span className="nudge-op__phase">{phase === "backward" ? "◀ backward" : "▶ forward"}</span>}
    </div>
  );
}
