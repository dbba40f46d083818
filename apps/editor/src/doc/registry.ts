/** The editor's view of node kinds: what the palette, node views and inspector need. */
export interface PortView {
  name: string;
  label: string;
  /** Accepts many incoming wires (a neuron's weighted inputs). */
  multi?: boolean;
}

export interface ParamView {
  name: string;
  label: string;
  default: number | string;
  min?: number;
  max?: number;
  step?: number;
  options?: string[];
}

export interface KindView {
  kind: string;
  label: string;
  category: "data" | "neurons" | "layers" | "ops" | "output";
  explain: string;
  inputs: PortView[];
  outputs: PortView[];
  params: ParamView[];
}

const out: PortView[] = [{ name: "out", label: "out" }];
const act: ParamView = { name: "activation", label: "activation", default: "tanh", options: ["tanh", "relu", "sigmoid", "linear"] };

/** Fallback registry used until @nudge/graph's `nodeKinds` is available. */
export const localKinds: KindView[] = [
  { kind: "input", label: "Input", category: "data", explain: "One feature of each example (x1 or x2).", inputs: [], outputs: out,
    params: [{ name: "feature", label: "feature", default: 0, min: 0, max: 1, step: 1 }] },
  { kind: "value", label: "Value", category: "ops", explain: "A number you set: a leaf of the expression.", inputs: [], outputs: out,
    params: [{ name: "value", label: "value", default: 1, step: 0.1 }] },
  { kind: "neuron", label: "Neuron", category: "neurons", explain: "act(Σ wᵢ·xᵢ + b): each incoming wire carries a weight.",
    inputs: [{ name: "in", label: "in", multi: true }], outputs: out,
    params: [{ name: "bias", label: "bias", default: 0, step: 0.1 }, act] },
  { kind: "dense", label: "Dense layer", category: "layers", explain: "A layer of neurons: act(W·x + b).",
    inputs: [{ name: "in", label: "in" }], outputs: out,
    params: [{ name: "units", label: "units", default: 8, min: 1, max: 64, step: 1 }, act] },
  { kind: "activation", label: "Activation", category: "ops", explain: "Squashes its input: tanh, relu or sigmoid.",
    inputs: [{ name: "in", label: "in" }], outputs: out, params: [act] },
  { kind: "add", label: "Add", category: "ops", explain: "a + b", inputs: [{ name: "a", label: "a" }, { name: "b", label: "b" }], outputs: out, params: [] },
  { kind: "mul", label: "Multiply", category: "ops", explain: "a · b", inputs: [{ name: "a", label: "a" }, { name: "b", label: "b" }], outputs: out, params: [] },
  { kind: "output", label: "Output", category: "output", explain: "The network's prediction.", inputs: [{ name: "in", label: "in" }], outputs: out, params: [] },
  { kind: "loss", label: "Loss", category: "output", explain: "How wrong the prediction is; training makes it smaller.",
    inputs: [{ name: "pred", label: "pred" }], outputs: [],
    params: [{ name: "loss", label: "loss", default: "mse", options: ["mse", "hinge", "bce"] }] },
];
