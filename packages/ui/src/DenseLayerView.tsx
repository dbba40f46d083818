import { formatCount } from "./format.js";
import { NodeCard } from "./NodeCard.js";
import { ShapeBadge } from "./ShapeBadge.js";
import { ValueRow } from "./ValueRow.js";

export interface DenseLayerViewProps {
  label?: string;
  units: number;
  activation: string;
  useBias?: boolean;
  /** Output shape, e.g. `[32, 16]`. */
  outputShape?: readonly number[];
  /** Trainable parameters (weights + biases). */
  paramCount?: number;
  /** Mean |weight| and mean |gradient|, for a quick health read while training. */
  meanAbsWeight?: number;
  meanAbsGrad?: number;
  selected?: boolean;
}

/** The body of a dense (fully connected) layer node. */
export function DenseLayerView(props: DenseLayerViewProps) {
  const {
    label,
    units,
    activation,
    useBias = true,
    outputShape,
    paramCount,
    meanAbsWeight,
    meanAbsGrad,
    selected,
  } = props;
  return (
    <NodeCard kind="dense" title={label} aside={activation} selected={selected}>
      <div className="nudge-node__rows">
        <div className="nudge-node__row">
          <span className="nudge-node__name">units</span>
          <span className="nudge-node__text">
            {units}
            {useBias ? " + bias" : ""}
          </span>
        </div>
        {paramCount !== undefined && (
          <div className="nudge-node__row">
            <span className="nudge-node__name">params</span>
            <span className="nudge-node__text">{formatCount(paramCount)}</span>
          </div>
        )}
        {meanAbsWeight !== undefined && <ValueRow name="mean |w|" value={meanAbsWeight} digits={3} />}
        {meanAbsGrad !== undefined && <ValueRow name="mean |g|" value={meanAbsGrad} digits={3} isGrad />}
        {outputShape && <ShapeBadge shape={outputShape} />}
      </div>
    </NodeCard>
  );
}
