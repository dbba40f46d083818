import { nodeKinds, type NodeKindSpec } from "@nudge/graph";

/** One port as the node view and canConnect see it. */
export interface PortView {
  name: string;
  label: string;
  type: string;
  multi?: boolean;
}

/** One parameter as the inspector sees it. */
export interface ParamView {
  name: string;
  label: string;
  default: number | string | boolean;
  min?: number;
  max?: number;
  step?: number;
  options?: readonly string[];
  boolean?: boolean;
}

/** The editor's view of a node kind: what the palette, node views and inspector need. */
export interface KindView {
  kind: string;
  label: string;
  category: NodeKindSpec["category"];
  explain: string;
  formula: string;
  modes: readonly string[];
  inputs: PortView[];
  outputs: PortView[];
  params: ParamView[];
  weightPort?: string;
  spec: NodeKindSpec;
}

function toView(spec: NodeKindSpec): KindView {
  const port = (p: NodeKindSpec["ports"]["inputs"][number]): PortView => ({ name: p.name, label: p.label, type: p.type, multi: p.multiple });
  return {
    kind: spec.kind, label: spec.label, category: spec.category, explain: spec.explain, formula: spec.formula, modes: spec.modes,
    inputs: spec.ports.inputs.map(port), outputs: spec.ports.outputs.map(port), weightPort: spec.weightPort, spec,
    params: Object.entries(spec.params).map(([name, p]) => ({
      name, label: p.label, default: p.default,
      ...(p.type === "number" ? { min: p.min, max: p.max, step: p.step } : p.type === "enum" ? { options: p.options } : { boolean: true }),
    })),
  };
}

/** Every node kind of @nudge/graph, in registry order. */
export const kindViews: KindView[] = Object.values(nodeKinds).map(toView);
