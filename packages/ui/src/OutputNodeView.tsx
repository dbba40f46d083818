import { NodeCard } from "./NodeCard.js";
import { ValueRow } from "./ValueRow.js";

export interface OutputNodeViewProps {
  label: string;
  /** `"classification"` shows the prediction as a class, `"regression"` as a number. */
  task?: "classification" | "regression" | "density";
  /** Network output for the focus sample. */
  value?: number;
  grad?: number;
  /** The focus sample's target. */
  target?: number;
  /** Class predicted for the focus sample (classification). */
  predictedClass?: string;
  selected?: boolean;
}

/** The body of an output node: prediction, target and gradient for the focus sample. */
export function OutputNodeView({
  label,
  task = "classification",
  value,
  grad,
  target,
  predictedClass,
  selected,
}: OutputNodeViewProps) {
  return (
    <NodeCard kind="output" title={label} aside={task} selected={selected}>
      <div className="nudge-node__rows">
        <ValueRow name="out" value={value} />
        {target !== undefined && <ValueRow name="target" value={target} />}
        <ValueRow name="grad" value={grad} isGrad />
        {predictedClass !== undefined && (
          <div className="nudge-node__row">
            <span className="nudge-node__name">class</span>
            <span className="nudge-node__text">{predictedClass}</span>
          </div>
        )}
      </div>
    </NodeCard>
  );
}
