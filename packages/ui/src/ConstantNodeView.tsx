import { NodeCard } from "./NodeCard.js";
import { ValueRow } from "./ValueRow.js";

export interface ConstantNodeViewProps {
  /** `"constant"` is fixed; `"parameter"` is learned and has a gradient. */
  kind: "constant" | "parameter";
  label: string;
  value: number;
  grad?: number;
  selected?: boolean;
  active?: boolean;
}

/** The body of a constant or a learnable parameter node. */
export function ConstantNodeView({ kind, label, value, grad, selected, active }: ConstantNodeViewProps) {
  return (
    <NodeCard kind={kind} title={label} selected={selected} active={active}>
      <div className="nudge-node__rows">
        <ValueRow name="value" value={value} />
        {kind === "parameter" && <ValueRow name="grad" value={grad} isGrad />}
      </div>
    </NodeCard>
  );
}
