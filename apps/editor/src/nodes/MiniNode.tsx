import { HeatMapCanvas, type GridValues } from "@nudge/ui";
import { fmt } from "./format";

/** A neuron or input seen from far away (Playground style): its output map, name and value. */
export function MiniNode({
  label,
  map,
  value,
  selected,
}: {
  label: string;
  map?: GridValues;
  value?: number;
  selected?: boolean;
}) {
  return (
    <div
      className={`nn-mini${selected ? " is-selected" : ""}`}
      title={`${label}${value === undefined ? "" : ` = ${fmt(value)}`}`}
    >
      <span className="nn-mini-label">{label}</span>
      {map ? (
        <HeatMapCanvas grid={map} size={36} label={`output of ${label} over the input plane`} />
      ) : (
        <span className="nn-mini-value">{fmt(value, 2)}</span>
      )}
    </div>
  );
}
