import { NodeCard } from "./NodeCard.js";
import { ShapeBadge } from "./ShapeBadge.js";

export interface BatchNormViewProps {
  label?: string;
  /** Weight of each batch in the running statistics (PyTorch's convention). */
  momentum: number;
  epsilon: number;
  /** Output shape, e.g. `[100]`. */
  outputShape?: readonly number[];
  selected?: boolean;
}

/** The body of a BatchNorm layer node: its formula, momentum and ε. */
export function BatchNormView({ label, momentum, epsilon, outputShape, selected }: BatchNormViewProps) {
  return (
    <NodeCard kind="batchnorm" title={label} aside="γ·x̂ + β" selected={selected}>
      <div className="nudge-node__rows">
        <div className="nudge-node__row">
          <span className="nudge-node__name">momentum</span>
          <span className="nudge-node__text">{momentum}</span>
        </div>
        <div className="nudge-node__row">
          <span className="nudge-node__name">ε</span>
          <span className="nudge-node__text">{epsilon}</span>
        </div>
        {outputShape && <ShapeBadge shape={outputShape} />}
      </div>
    </NodeCard>
  );
}
