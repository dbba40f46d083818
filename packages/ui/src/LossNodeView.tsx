import { NodeCard } from "./NodeCard.js";
import { ValueRow } from "./ValueRow.js";

export interface LossNodeViewProps {
  /** Loss name, e.g. `"MSE"`, `"cross-entropy"`, `"max-margin + L2"`. */
  loss: string;
  /** Current loss (mean over the batch). */
  value?: number;
  /** Regularisation part of `value`, when there is one. */
  regularisation?: number;
  selected?: boolean;
  active?: boolean;
}

/** The body of a loss node. Its gradient is always 1 (dL/dL), so it shows the value only. */
export function LossNodeView({ loss, value, regularisation, selected, active }: LossNodeViewProps) {
  return (
    <NodeCard kind="loss" title={loss} selected={selected} active={active}>
      <div className="nudge-node__rows">
        <ValueRow name="loss" value={value} />
        {regularisation !== undefined && <ValueRow name="reg" value={regularisation} />}
      </div>
    </NodeCard>
  );
}
