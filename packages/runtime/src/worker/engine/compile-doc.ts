import { problem } from "../../errors.js";
import type { Problem, TrainDoc } from "../../protocol.js";
import type { DocEdgeLike, DocNodeLike } from "./doc-like.js";
import { toLossKind, toUnaryFn, type LossKind } from "./ops.js";
import type { Plan, PlanNode, PlanOp } from "./plan.js";
import { topoOrder } from "./topo.js";

const unaryKinds = new Set(["tanh", "relu", "sigmoid", "exp", "log", "neg", "identity"]);
const layerKinds = new Set(["features", "dense", "layer", "embedding", "flatten", "batchnorm", "conv1d", "dropout"]);

const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const optionalNumber = (x: unknown): number | undefined => (isFiniteNumber(x) ? x : undefined);

interface Ctx {
  problems: Problem[];
  owners: Plan["paramOwners"];
  defaults: Plan["paramDefaults"];
  features: number;
}

function addParam(ctx: Ctx, id: string, kind: "edge" | "node", value: unknown): number {
  ctx.owners.push({ id, kind });
  ctx.defaults.push(optionalNumber(value));
  return ctx.owners.length - 1;
}

function lowerNode(node: DocNodeLike, incoming: DocEdgeLike[], ctx: Ctx, defaultLoss: LossKind): PlanOp | undefined {
  const p = node.params ?? {};
  const where = { nodeId: node.id };
  const need = (min: number, max: number, port = "in"): boolean => {
    if (incoming.length >= min && incoming.length <= max) return true;
    if (incoming.length < min) ctx.problems.push(problem("MISSING_INPUT", where, port));
    else ctx.problems.push(problem("BAD_PARAM", where, "inputs", `takes at most ${max} connection(s), has ${incoming.length}`));
    return false;
  };
  const kind = node.kind;
  if (kind === "input" || kind === "feature") {
    const feature = p.feature ?? p.index ?? 0;
    if (!Number.isInteger(feature) || (feature as number) < 0) {
      ctx.problems.push(problem("BAD_PARAM", where, "feature", "must be a feature index (0, 1, …)"));
      return undefined;
    }
    ctx.features = Math.max(ctx.features, (feature as number) + 1);
    return { op: "input", feature: feature as number };
  }
  if (kind === "constant") {
    if (!isFiniteNumber(p.value)) return void ctx.problems.push(problem("BAD_PARAM", where, "value", "must be a finite number"));
    return { op: "const", value: p.value };
  }
  if (kind === "parameter" || kind === "param") {
    if (p.value !== undefined && !isFiniteNumber(p.value)) return void ctx.problems.push(problem("BAD_PARAM", where, "value", "must be a finite number"));
    return { op: "param", param: addParam(ctx, node.id, "node", p.value ?? 0) };
  }
  if (kind === "neuron") {
    const fn = toUnaryFn(p.activation ?? "tanh");
    if (!fn) return void ctx.problems.push(problem("BAD_PARAM", where, "activation", `"${String(p.activation)}" is not an activation`));
    if (!need(1, Infinity)) return undefined;
    const weights = incoming.map((e) => addParam(ctx, e.id, "edge", e.weight));
    return { op: "neuron", weights, bias: addParam(ctx, node.id, "node", p.bias ?? 0), fn };
  }
  if (kind === "activation" || unaryKinds.has(kind)) {
    const name = kind === "activation" ? (p.fn ?? p.activation ?? p.function ?? p.kind) : kind;
    const fn = toUnaryFn(name);
    if (!fn) return void ctx.problems.push(problem("BAD_PARAM", where, "fn", `"${String(name)}" is not an activation`));
    return need(1, 1) ? { op: "unary", fn } : undefined;
  }
  if (kind === "add" || kind === "mul") return need(1, Infinity, "a") ? { op: kind } : undefined;
  if (kind === "sub" || kind === "div") return need(2, 2, incoming.length === 0 ? "a" : "b") ? { op: kind } : undefined;
  if (kind === "pow") {
    const exponent = p.exponent ?? p.n ?? p.power;
    if (!isFiniteNumber(exponent)) return void ctx.problems.push(problem("BAD_PARAM", where, "exponent", "must be a finite number"));
    return need(1, 1) ? { op: "pow", exponent } : undefined;
  }
  if (kind === "output") return need(1, 1) ? { op: "output" } : undefined;
  if (kind === "loss") {
    const name = p.fn ?? p.loss ?? p.kind;
    const lossKind = name === undefined ? defaultLoss : toLossKind(name);
    if (!lossKind) return void ctx.problems.push(problem("BAD_PARAM", where, "fn", `"${String(name)}" is not a loss this runtime knows`));
    return need(1, Infinity, "pred") ? { op: "loss", kind: lossKind } : undefined;
  }
  if (layerKinds.has(kind)) return void ctx.problems.push(problem("NOT_SUPPORTED", where, `Layer node "${kind}" (layer graphs train through @nudge/models)`));
  ctx.problems.push(problem("UNKNOWN_KIND", where, String(kind)));
  return undefined;
}

/** Lower a neuron-level or expression document to a per-sample plan, or report located problems. */
export function compileDoc(doc: TrainDoc, task: "classification" | "regression" | "density" | undefined): { plan: Plan } | { problems: Problem[] } {
  const trained = task !== undefined;
  const order = topoOrder(doc);
  if ("problems" in order) return order;
  const defaultLoss = toLossKind(doc.training?.loss) ?? (task === "classification" ? "max-margin" : task === "density" ? "nll" : "mse");
  const ctx: Ctx = { problems: [], owners: [], defaults: [], features: 0 };
  const index = new Map<string, number>();
  const nodes: PlanNode[] = [];
  for (const { node, incoming } of order.nodes) {
    const op = lowerNode(node, incoming, ctx, defaultLoss);
    if (!op) continue;
    index.set(node.id, nodes.length);
    nodes.push({ ...op, id: node.id, inputs: incoming.map((e) => index.get(e.source) ?? -1) });
  }
  if (ctx.problems.length === 0) {
    for (const n of nodes) if (n.inputs.includes(-1)) ctx.problems.push(problem("MISSING_INPUT", { nodeId: n.id }, "in"));
  }
  const loss = nodes.findIndex((n) => n.op === "loss");
  const lossNode = nodes[loss];
  const outputIndex = new Map(doc.nodes.map((n) => [n.id, n.params?.index]));
  const byIndex = (i: number) => Number(outputIndex.get(nodes[i].id) ?? 0);
  let outputs = nodes.flatMap((n, i) => (n.op === "output" ? [i] : [])).sort((a, b) => byIndex(a) - byIndex(b));
  if (outputs.length === 0 && lossNode) outputs = lossNode.inputs.filter((i) => i >= 0);
  let prediction = outputs[0] ?? -1;
  if (!trained && prediction < 0) {
    const used = new Set(nodes.flatMap((n) => n.inputs));
    for (let i = nodes.length - 1; i >= 0 && prediction < 0; i--) if (!used.has(i)) prediction = i;
  }
  if (prediction < 0 && ctx.problems.length === 0) ctx.problems.push(problem("NO_OUTPUT", {}));
  if (ctx.problems.length > 0) return { problems: ctx.problems };
  const lossKind = lossNode?.op === "loss" ? lossNode.kind : trained ? defaultLoss : undefined;
  return {
    plan: {
      nodes, paramOwners: ctx.owners, paramDefaults: ctx.defaults, loss, lossKind: trained ? lossKind : undefined,
      outputs: trained ? outputs : [prediction], prediction, features: ctx.features, layers: neuronLayers(nodes),
    },
  };
}

function neuronLayers(nodes: PlanNode[]): number[][] {
  const depth = nodes.map(() => 0);
  const layers: number[][] = [];
  nodes.forEach((n, i) => {
    const d = Math.max(0, ...n.inputs.map((j) => depth[j]));
    depth[i] = n.op === "neuron" ? d + 1 : d;
    if (n.op === "neuron") (layers[d] ??= []).push(i);
  });
  return layers.filter((l) => l !== undefined);
}
