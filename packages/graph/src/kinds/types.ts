import type { LayerSpec } from "@nudge/model-spec";
import type { GraphMode, ParamValue } from "../schema/types.js";

/** What flows on a wire: numbers (scalars or vectors), a prediction (from Output), or a loss. */
export type PortType = "value" | "prediction" | "loss";

/** One input or output port of a node kind; the port name is the React Flow handle id. */
export interface PortSpec {
  name: string;
  label: string;
  type: PortType;
  /** More than one wire may end here (a neuron's inputs, a loss over several outputs). */
  multiple?: boolean;
}

/** A numeric parameter with a range and a default. */
export interface NumberParamSpec {
  type: "number";
  label: string;
  default: number;
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
}

/** A parameter chosen from a list. */
export interface EnumParamSpec {
  type: "enum";
  label: string;
  default: string;
  options: readonly string[];
  /** What each option means, e.g. its formula: the inspector shows the chosen one's. */
  help?: Readonly<Record<string, string>>;
}

/** An on/off parameter. */
export interface BooleanParamSpec {
  type: "boolean";
  label: string;
  default: boolean;
}

/** A parameter declaration, read by the inspector and by `validate`. */
export type ParamSpec = NumberParamSpec | EnumParamSpec | BooleanParamSpec;

/** A per-sample tensor shape: `[]` is a scalar, `[16]` a vector of 16. */
export type Shape = number[];

/** What a shape rule sees. */
export interface ShapeInput {
  params: Record<string, ParamValue>;
  inputs: Record<string, Shape[]>;
  featureCount: number;
  /** Characters of the text data's vocabulary, `.` included (27 for the names); 0 without text data. */
  vocabSize: number;
}

/** A shape rule's answer: the shape of each output port, or why the inputs do not fit. */
export type ShapeResult = { ok: true; outputs: Record<string, Shape> } | { ok: false; port?: string; message: string };

/** Scalar arithmetic, implemented for plain numbers, `@nudge/autograd` Values and code strings. */
export interface Arith<T> {
  const(x: number, label?: string): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  pow(a: T, n: number): T;
  neg(a: T): T;
  exp(a: T): T;
  log(a: T): T;
  tanh(a: T): T;
  relu(a: T): T;
  sigmoid(a: T): T;
}

/** What a scalar compile rule receives: wired inputs per port, the weights of weighted wires, its own trainable. */
export interface ScalarArgs<T> {
  params: Record<string, ParamValue>;
  inputs: Record<string, T[]>;
  weights: T[];
  own?: T;
}

/** A layer of a `ModelSpec` (from `@nudge/model-spec`) produced by a layer-level node. */
export type LayerSpecOut = LayerSpec;

/**
 * How the editor draws a kind: everything it needs to pick and fill a node view, so that no
 * component compares kind strings.
 */
export interface KindDisplay {
  /**
   * The view family: the key of the node view in `@nudge/ui`'s `nodeViews` (and of React Flow's
   * `nodeTypes`): "input", "value", "neuron", "layer", "op", "output", "loss". A kind with a new
   * look names a new family and adds that view to `@nudge/ui`.
   */
  view: string;
  /** The glyph of an op node: fixed, or read from the node's params (`"**2"`, `"tanh"`). */
  symbol?: string | ((params: Record<string, ParamValue>) => string);
  /** In a big neuron network it is drawn as a small output-map tile until zoomed in. */
  tile?: boolean;
  /** The node face shows the training loss. */
  showsLoss?: boolean;
  /** Size before React Flow has measured it (auto layout), in px; default 190 × 70. */
  size?: { width: number; height: number };
}

/** One node kind, declared once: ports, parameters, shape rule, compile rule, UI text and display facts. */
export interface NodeKindSpec {
  kind: string;
  label: string;
  category: "inputs" | "values" | "neurons" | "layers" | "activations" | "scalar ops" | "outputs";
  explain: string;
  formula: string;
  display: KindDisplay;
  modes: readonly GraphMode[];
  ports: { inputs: readonly PortSpec[]; outputs: readonly PortSpec[] };
  params: Readonly<Record<string, ParamSpec>>;
  /** Wires into this port are weights (they carry `weight`). */
  weightPort?: string;
  /** The parameter that holds this node's own trainable number (a neuron's bias, a Parameter's value). */
  trainable?: string;
  /** Leaves: "feature" reads the data, "constant" and "parameter" hold a number. */
  leaf?: "feature" | "constant" | "parameter";
  shape(input: ShapeInput): ShapeResult;
  scalar?<T>(ops: Arith<T>, args: ScalarArgs<T>): T;
  /** The `ModelSpec` layers of a layer-level node; `data.vocabSize` sizes one-hot and embedding tables. */
  layer?(params: Record<string, ParamValue>, data: { vocabSize: number }): LayerSpecOut[];
}
