import type { Formula } from "./neuron-formula.js";
import { SignedNumber } from "./SignedNumber.js";

export interface FormulaViewProps {
  formula: Formula;
}

/**
 * A formula in symbols, then with the numbers plugged in, then its result (for the inspector and hover tips).
 * @example <FormulaView formula={neuronFormula(terms, bias, "tanh")} />
 */
export function FormulaView({ formula }: FormulaViewProps) {
  return (
    <div className="nudge-formula">
      <code className="nudge-formula__symbolic">{formula.symbolic}</code>
      <code className="nudge-formula__plugged">= {formula.plugged}</code>
      {formula.result !== undefined && (
        <span className="nudge-formula__result">= <SignedNumber value={formula.result} /></span>
      )}
    </div>
  );
}
