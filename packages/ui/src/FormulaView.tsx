import { SignedNumber } from "./SignedNumber.js";

/** A formula as text (written by `@nudge/graph`), in symbols and with the numbers plugged in. */
export interface Formula {
  symbolic: string;
  plugged?: string;
  /** The computed result; leave it out when a number is not finite. */
  result?: number;
}

export interface FormulaViewProps {
  formula: Formula;
}

/**
 * A formula in symbols, then with the numbers plugged in, then its result (for the inspector and hover tips).
 * @example <FormulaView formula={{ symbolic: "tanh(b + w1·x1)", plugged: "tanh(6.881 + (−3)·2)", result: 0.7071 }} />
 */
export function FormulaView({ formula }: FormulaViewProps) {
  return (
    <div className="nudge-formula">
      <code className="nudge-formula__symbolic">{formula.symbolic}</code>
      {formula.plugged !== undefined && <code className="nudge-formula__plugged">= {formula.plugged}</code>}
      {formula.result !== undefined && Number.isFinite(formula.result) && (
        <span className="nudge-formula__result">
          = <SignedNumber value={formula.result} />
        </span>
      )}
    </div>
  );
}
