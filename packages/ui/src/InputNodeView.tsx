import { HeatMapCanvas } from "./HeatMapCanvas.js";
import { NodeCard } from "./NodeCard.js";
import type { GridValues } from "./paint-grid.js";
import { ShapeBadge } from "./ShapeBadge.js";
import { ValueRow } from "./ValueRow.js";

export interface InputNodeViewProps {
  /** Feature name, e.g. `"x1"`. */
  label: string;
  /** The feature's value for the focus sample. */
  value?: number;
  /** Shape of the input tensor when the node feeds a layer, e.g. `[100, 2]`. */
  shape?: readonly number[];
  /** The feature itself over the input plane (as in TensorFlow Playground's feature tiles). */
  featureMap?: GridValues;
  mapDomain?: readonly [number, number];
  selected?: boolean;
}

/** The body of an input (feature) node. */
export function InputNodeView({ label, value, shape, featureMap, mapDomain, selected }: InputNodeViewProps) {
  return (
    <NodeCard kind="input" title={label} selected={selected}>
      <div className="nudge-node__split">
        <div className="nudge-node__rows">
          {value !== undefined && <ValueRow name="value" value={value} />}
          {shape && <ShapeBadge shape={shape} />}
        </div>
        {featureMap && (
          <HeatMapCanvas grid={featureMap} domain={mapDomain} size={36} label={`${label} over the input plane`} />
        )}
      </div>
    </NodeCard>
  );
}
