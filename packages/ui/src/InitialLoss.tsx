export interface InitialLossProps {
  /** The loss at step 0 (before any update), if known. */
  first?: number;
  /** The loss of a uniform guess, e.g. 3.2958 for 27 classes. */
  expected: number;
  /** How that number comes about, e.g. `"−ln(1/27)"`. */
  formula: string;
}

/**
 * The first loss beside what a uniform guess would score (makemore part 3): a good init starts near it,
 * one far above it wastes its first steps squashing over-confident outputs (the "hockey stick").
 */
export function InitialLoss({ first, expected, formula }: InitialLossProps) {
  const far = first !== undefined && first > expected * 1.5 + 0.1;
  return (
    <p className={far ? "nudge-initial-loss nudge-bad" : "nudge-initial-loss"} data-testid="initial-loss">
      first loss <strong>{first === undefined ? "—" : first.toFixed(4)}</strong> · uniform guess {formula} ={" "}
      {expected.toFixed(4)}
      {far && " ⚠ far above: shrink the last layer's init"}
    </p>
  );
}
