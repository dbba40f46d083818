import {
  ConstantNodeView, DenseLayerView, InputNodeView, LossNodeView, NeuronView, OpNodeView, OutputNodeView, type GridValues,
} from "@nudge/ui";
import type { DocNode } from "../doc/types";

const OP_SYMBOL: Record<string, string> = { add: "+", sub: "-", mul: "*", div: "/", neg: "neg", exp: "exp", log: "log", tanh: "tanh", relu: "relu", sigmoid: "σ" };

/** Props for the body of one node. */
export interface NodeBodyProps {
  node: DocNode;
  value?: number;
  grad?: number;
  loss?: number;
  /** Output shape per example (layer graphs). */
  shape?: number[];
  task?: "classification" | "regression" | "density";
  /** The node's own trainable as trained so far (a bias, a Parameter's value). */
  param?: number;
  map?: GridValues;
  selected?: boolean;
  active?: boolean;
  phase?: "forward" | "backward";
}

const num = (p: DocNode["params"], k: string, d = 0) => (typeof p[k] === "number" ? (p[k] as number) : d);
const str = (p: DocNode["params"], k: string, d = "") => (typeof p[k] === "string" ? (p[k] as string) : d);

/** Picks the @nudge/ui view for a node's kind and fills it with the document and the latest snapshot. */
export function NodeBody({ node, value, grad, loss, param, shape, task, map, selected, active, phase }: NodeBodyProps) {
  const label = node.label ?? node.id;
  const p = node.params;
  switch (node.kind) {
    case "input":
      return <InputNodeView label={label} value={value} featureMap={map} selected={selected} />;
    case "features":
      return <InputNodeView label={label} shape={shape} selected={selected} />;
    case "constant":
    case "parameter":
      return <ConstantNodeView kind={node.kind} label={label} value={value ?? num(p, "value")} grad={grad} selected={selected} active={active} />;
    case "neuron":
      return <NeuronView label={label} activation={str(p, "activation", "tanh")} value={value} grad={grad} bias={param ?? num(p, "bias")}
        outputMap={map} selected={selected} active={active} />;
    case "dense":
      return <DenseLayerView label={label} units={num(p, "units", 16)} activation={str(p, "activation", "tanh")} useBias={p.useBias !== false}
        outputShape={shape} selected={selected} />;
    case "output":
      return <OutputNodeView label={label} task={task} value={value} grad={grad} selected={selected} />;
    case "loss":
      return <LossNodeView loss={str(p, "fn", "mse")} value={loss} selected={selected} active={active} />;
    case "activation":
      return <OpNodeView label={label} op={str(p, "fn", "tanh")} data={value} grad={grad} active={active} phase={phase} selected={selected} />;
    case "pow":
      return <OpNodeView label={label} op={`**${num(p, "exponent", 2)}`} data={value} grad={grad} active={active} phase={phase} selected={selected} />;
    default:
      return <OpNodeView label={label} op={OP_SYMBOL[node.kind] ?? node.kind} data={value} grad={grad} active={active} phase={phase} selected={selected} />;
  }
}
