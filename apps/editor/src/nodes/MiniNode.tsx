import { formatNumber, type GridValues, HeatMapCanvas } from "@nudge/ui";

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
      title={`${label}${value === undefined ? "" : ` = ${formatNumber(value)}`}`}
    >
      <span className="nn-mini-label">{label}</span>
      {map ? (
        <HeatMapCanvas grid={map} size={36} label={`output of ${label} over the input plane`} />
      ) : (
        <span className="nn-mini-value">{formatNumber(value, 2)}</span>
      )}
    </div>
  );
}
