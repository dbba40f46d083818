import { SignedNumber } from "./SignedNumber.js";

export interface ValueRowProps {
  /** Row label, e.g. `"data"`, `"grad"`, `"bias"`. */
  name: string;
  /** The number; `undefined` shows a dash (not computed yet). */
  value: number | undefined;
  digits?: number;
  /** Render the row in the gradient colour (for `grad` rows). */
  isGrad?: boolean;
}

/** One labelled number inside a node view. */
export function ValueRow({ name, value, digits = 4, isGrad = false }: ValueRowProps) {
  return (
    <div className={`nudge-node__row${isGrad ? " nudge-node__row--grad" : ""}`}>
      <span className="nudge-node__name">{name}</span>
      {value === undefined ? (
        <span className="nudge-num nudge-num--zero">–</span>
      ) : (
        <SignedNumber value={value} digits={digits} />
      )}
    </div>
  );
}
