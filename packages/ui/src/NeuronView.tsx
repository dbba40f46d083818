import { HeatMapCanvas } from "./HeatMapCanvas.js";
import type { GridValues } from "./paint-grid.js";
import { ValueRow } from "./ValueRow.js";
import { NodeCard } from "./NodeCard.js";

export interface NeuronViewProps {
  /** The neuron's name, e.g. `"h1"`. */
  label: string;
  /** Activation name shown in the header, e.g. `"tanh"`, `"relu"`, `"sigmoid"`, `"linear"`. */
  activation: string;
  /** Output for the focus sample. */
  value?: number;
  /** dLoss/dOutput for the focus sample. */
  grad?: number;
  bias?: number;
  /** What the activation makes of a lone neuron as a GLM, e.g. `"Poisson regression · log link"`. */
  glm?: string;
  /** The neuron's output over the input plane (2-D data only). */
  outputMap?: GridValues;
  /** Domain of `outputMap`; default `[-1, 1]`. */
  mapDomain?: readonly [number, number];
  selected?: boolean;
  active?: boolean;
}

/**
 * The body of a neuron node: activation, value and gradient for the focus sample, bias, output map.
 * @example <NeuronView label="h1" activation="tanh" value={0.76} grad={-0.12} bias={0.1} />
 */
export function NeuronView({
  label,
  activation,
  value,
  grad,
  bias,
  glm,
  outputMap,
  mapDomain,
  selected,
  active,
}: NeuronViewProps) {
  return (
    <NodeCard kind="neuron" title={label} aside={activation} selected={selected} active={active}>
      <div className="nudge-node__split">
        <div className="nudge-node__rows">
          <ValueRow name="out" value={value} />
          <ValueRow name="grad" value={grad} isGrad />
          {bias !== undefined && <ValueRow name="bias" value={bias} />}
          {glm && <span className="nudge-node__glm">{glm}</span>}
        </div>
        {outputMap && (
          <HeatMapCanvas grid={outputMap} domain={mapDomain} label={`output of ${label} over the input plane`} />
        )}
      </div>
    </NodeCard>
  );
}
