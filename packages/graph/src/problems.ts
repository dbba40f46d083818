/** A located problem in a document: what is wrong and which node or edge it concerns. */
export interface Problem {
  code: ProblemCode;
  message: string;
  severity: "error" | "warning";
  nodeId?: string;
  edgeId?: string;
  path?: string;
}

/** A short, safe description of any JSON-ish value for a message (never calls its own `toString`). */
export function describeValue(v: unknown): string {
  if (typeof v === "number" || typeof v === "boolean" || v === null || v === undefined) return String(v);
  if (typeof v === "string") return JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v);
  return Array.isArray(v) ? "an array" : `a${typeof v === "object" ? "n object" : ` ${typeof v}`}`;
}

/** Every problem code this package reports, with a message template. */
export const problemMessages = {
  schema: (where: string, detail: string) => `${where}: ${detail}`,
  "unsupported-version": (v: unknown) =>
    `The document's version is ${describeValue(v)}; only versions 0 and 1 are supported.`,
  "not-an-object": () => "A document must be a JSON object.",
  "not-a-document": () => "This is not a Nudge document: it has no version and no nodes and edges.",
  "not-a-graph-doc": (fn: string, detail: string) =>
    `${fn} needs a GraphDoc (or its nodes, edges and data): ${detail}.`,
  "bad-connection": (detail: string) =>
    `canConnect needs a connection { source, target, sourceHandle?, targetHandle? }: ${detail}.`,
  "empty-graph": (start: string) => `The canvas is empty: add ${start} node to start.`,
  "counting-only": () =>
    "This document is a counting bigram: its model is the table of counts, so there is no network to train or export. Add layers (Characters → One-hot → Dense) to train a neural bigram.",
  "too-large": (size: number, max: number) => `The share link is ${size} characters long; the limit is ${max}.`,
  "bad-encoding": () => "The share link is not a valid Nudge link (it could not be decoded).",
  "bad-json": (detail: string) => `The document is not valid JSON: ${detail}`,
  "duplicate-node-id": (id: string) => `Two nodes share the id "${id}"; ids must be unique.`,
  "duplicate-edge-id": (id: string) => `Two edges share the id "${id}"; ids must be unique.`,
  "unknown-kind": (kind: string) => `Unknown node kind "${kind}".`,
  "kind-not-in-mode": (kind: string, mode: string) => `A ${kind} node cannot be used in ${mode} mode.`,
  "unknown-param": (kind: string, name: string) => `A ${kind} node has no parameter "${name}".`,
  "bad-param": (name: string, detail: string) => `Parameter "${name}" ${detail}.`,
  "missing-node": (end: string, id: string) => `The edge's ${end} node "${id}" does not exist.`,
  "unknown-port": (kind: string, port: string) => `A ${kind} node has no port "${port}".`,
  "self-loop": () => "A node cannot be wired to itself.",
  cycle: () => "This wire would make a cycle; values must flow one way.",
  "port-used": (port: string) => `Port "${port}" already has a wire; remove it first.`,
  "duplicate-edge": () => "These two ports are already wired together.",
  "type-mismatch": (from: string, to: string) => `Cannot wire a ${from} into a port that expects a ${to}.`,
  "shape-mismatch": (detail: string) => `Shape mismatch: ${detail}.`,
  "missing-input": (port: string) => `Port "${port}" needs a wire.`,
  "weight-on-non-weight": () => "Only wires into a neuron carry a weight; this weight is ignored.",
  "missing-weight": () => "This wire into a neuron has no weight yet; it starts at initialWeight(seed, edge id).",
  "no-output": () => "Add an Output node: it marks what the network predicts.",
  "no-root": () => "An expression needs exactly one final node (a node with no outgoing wire).",
  "no-data": (mode: string) => `${mode} mode needs a data set.`,
  "text-needs-layers": (mode: string) =>
    `Text trains character language models, which are layer graphs (Characters → Embedding → …); ${mode} mode cannot read it. Switch to layers mode, or choose a toy data set.`,
  "input-in-expression": () => "Input nodes read a data set; expressions use Constant and Parameter nodes.",
  "feature-out-of-range": (index: number, count: number) =>
    `Feature ${index} does not exist: the data set has ${count} feature(s).`,
  "vocab-output": (vocab: number, shape: readonly number[]) =>
    `The text has ${vocab} characters ('.' included), so the network ends with ${vocab} scores, one per possible next character; this one ends with [${shape.join(", ")}]: make the last Dense layer ${vocab} units wide.`,
  "input-for-data": (input: string, data: string) =>
    `A ${input} node cannot read ${data}: use ${input === "Characters" ? "a Features node for tables and toy sets" : "a Characters node for text"}.`,
  "output-index": (detail: string) => `Output indices must be 0, 1, 2, … without gaps: ${detail}.`,
  "output-count": (classes: number, outputs: number) =>
    `The data has ${classes} classes but the graph has ${outputs} output(s): use one Output per class${classes === 2 ? " (or one for two classes)" : ""}.`,
  "output-not-in-loss": () => "Wire this Output into the Loss node: the loss compares every output with the data.",
  "needs-probability": (loss: string) =>
    `The ${loss} loss reads this output as a probability: end the network with a sigmoid so it stays between 0 and 1.`,
  "loss-needs-classes": (loss: string, data: string) =>
    `The ${loss} loss reads targets as classes, but ${data} is a regression set (real-valued targets): use mse, or choose a classification data set.`,
  "multiple-losses": () => "Only one loss node is allowed.",
  "not-a-chain": (detail: string) => `A layer graph must be one chain from Features to Output: ${detail}.`,
  unreachable: () => "This node is not connected to any output; it is ignored in training.",
  "non-finite": (what: string) => `${what} is not a finite number.`,
  "compile-failed": (detail: string) => `Compile failed: ${detail}.`,
  "bad-batch": (detail: string) => `setBatch: ${detail}.`,
  "not-supported": (detail: string) => `${detail} is not supported yet.`,
  "too-wide": (layer: string, units: number, max: number) =>
    `Layer ${layer} has ${units} units; a layer expands into at most ${max} neurons (make it narrower to see its neurons).`,
  "cannot-expand": (detail: string) => `Cannot expand: ${detail}.`,
  "not-layered": (detail: string) => `These neurons do not collapse into layers: ${detail}.`,
} as const;

/** A problem code: a key of `problemMessages`. */
export type ProblemCode = keyof typeof problemMessages;

/** Builds a located problem from the catalogue. */
export function problem<C extends ProblemCode>(
  code: C,
  args: Parameters<(typeof problemMessages)[C]>,
  where: { nodeId?: string; edgeId?: string; path?: string; severity?: "error" | "warning" } = {},
): Problem {
  const make = problemMessages[code] as (...a: unknown[]) => string;
  const out: Problem = { code, message: make(...args), severity: where.severity ?? "error" };
  if (where.nodeId !== undefined) out.nodeId = where.nodeId;
  if (where.edgeId !== undefined) out.edgeId = where.edgeId;
  if (where.path !== undefined) out.path = where.path;
  return out;
}

/** True when at least one problem is an error (warnings do not block compile). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** An error thrown for API misuse (not for bad documents, which get problems): carries a catalogue code. */
export class GraphError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
  ) {
    super(message);
    this.name = "GraphError";
  }
}

/** Throws a catalogued `GraphError`. */
export function fail<C extends ProblemCode>(code: C, ...args: Parameters<(typeof problemMessages)[C]>): never {
  const make = problemMessages[code] as (...a: unknown[]) => string;
  throw new GraphError(code, make(...args));
}
