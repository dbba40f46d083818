import type { ComponentType } from "react";
import { ConstantNodeView } from "./ConstantNodeView.js";
import { BatchNormView } from "./BatchNormView.js";
import { DenseLayerView } from "./DenseLayerView.js";
import { InputNodeView } from "./InputNodeView.js";
import { LossNodeView } from "./LossNodeView.js";
import { NodeCard } from "./NodeCard.js";
import { NeuronView } from "./NeuronView.js";
import { OpNodeView } from "./OpNodeView.js";
import { OutputNodeView } from "./OutputNodeView.js";
import { ShapeBadge } from "./ShapeBadge.js";
import type { GridValues } from "./paint-grid.js";

/** What every node view receives: a document node and its latest numbers, as plain data. */
export interface NodeViewProps {
  /** The node's name, e.g. `"h1"`. */
  label: string;
  /** The node's parameters (its kind's defaults filled in), e.g. `{ activation: "tanh", bias: 0.1 }`. */
  params: Readonly<Record<string, number | string | boolean>>;
  /** The glyph of an op node (`"+"`, `"**2"`, `"tanh"`). */
  symbol?: string;
  /** The node owns a number that training changes (a Parameter rather than a Constant). */
  trainable?: boolean;
  value?: number;
  grad?: number;
  /** The node's own trainable as trained so far (a bias, a Parameter's value). */
  param?: number;
  /** The training loss (nodes whose kind shows it). */
  loss?: number;
  /** Output shape per example (layer graphs). */
  shape?: number[];
  task?: "classification" | "regression" | "density";
  /** The node's output (or feature) over the input plane. */
  map?: GridValues;
  selected?: boolean;
  active?: boolean;
  phase?: "forward" | "backward";
  /** The GLM this node is, when it is one (e.g. `"Poisson regression · log link"`). */
  glm?: string;
}

type Params = NodeViewProps["params"];
const num = (p: Params, k: string, d: number) => (typeof p[k] === "number" ? (p[k] as number) : d);
const str = (p: Params, k: string, d: string) => (typeof p[k] === "string" ? (p[k] as string) : d);

/**
 * The node view of each view family, keyed like a kind spec's `display.view` (and React Flow's
 * `nodeTypes`). A kind with a new look adds its family here, beside its view and story.
 * @example const View = nodeViews[spec.display.view]; <View label="h1" params={{ activation: "tanh" }} value={0.76} />
 */
export const nodeViews: Readonly<Record<string, ComponentType<NodeViewProps>>> = {
  input: ({ label, value, shape, map, selected }) => (
    <InputNodeView label={label} value={value} shape={shape} featureMap={map} selected={selected} />
  ),
  value: ({ label, params, trainable, value, grad, param, selected, active }) => (
    <ConstantNodeView
      kind={trainable ? "parameter" : "constant"}
      label={label}
      value={value ?? param ?? num(params, "value", 0)}
      grad={grad}
      selected={selected}
      active={active}
    />
  ),
  neuron: ({ label, params, value, grad, param, map, selected, active, glm }) => (
    <NeuronView
      label={label}
      activation={str(params, "activation", "tanh")}
      value={value}
      grad={grad}
      bias={param ?? num(params, "bias", 0)}
      glm={glm}
      outputMap={map}
      selected={selected}
      active={active}
    />
  ),
  layer: ({ label, params, shape, selected }) => (
    <DenseLayerView
      label={label}
      units={num(params, "units", 16)}
      activation={str(params, "activation", "tanh")}
      useBias={params.useBias !== false}
      outputShape={shape}
      selected={selected}
    />
  ),
  tensor: ({ label, symbol, shape, selected }) => (
    <NodeCard kind="tensor" title={label} aside={symbol} selected={selected}>
      <div className="nudge-node__rows">{shape && <ShapeBadge shape={shape} />}</div>
    </NodeCard>
  ),
  norm: ({ label, params, shape, selected }) => (
    <BatchNormView
      label={label}
      momentum={num(params, "momentum", 0.1)}
      epsilon={num(params, "epsilon", 1e-5)}
      outputShape={shape}
      selected={selected}
    />
  ),
  op: ({ label, symbol, value, grad, active, phase, selected }) => (
    <OpNodeView label={label} op={symbol} data={value} grad={grad} active={active} phase={phase} selected={selected} />
  ),
  output: ({ label, task, value, grad, selected }) => (
    <OutputNodeView label={label} task={task} value={value} grad={grad} selected={selected} />
  ),
  loss: ({ params, loss, selected, active }) => (
    <LossNodeView loss={str(params, "fn", "mse")} value={loss} selected={selected} active={active} />
  ),
};
