import { inputsOn } from "../graph-index.js";
import type { GraphIndex } from "../graph-index.js";
import { getKind } from "../kinds/registry.js";
import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import type { GraphDoc, LossName } from "../schema/types.js";

/** Output nodes sorted by their `index` parameter. */
export function outputNodes(doc: GraphDoc) {
  return doc.nodes
    .filter((n) => n.kind === "output")
    .sort((a, b) => Number(a.params.index ?? 0) - Number(b.params.index ?? 0));
}

/**
 * The loss a trained document uses: its Loss node's `fn` when it has one (the one source: `training.loss`
 * is then not read, and the editor shows the node's loss in its Training panel), else `training.loss`.
 */
export function effectiveLoss(doc: GraphDoc): { name: LossName; nodeId?: string } {
  const node = doc.nodes.find((n) => n.kind === "loss");
  if (node && typeof node.params.fn === "string") return { name: node.params.fn as LossName, nodeId: node.id };
  return node ? { name: doc.training.loss, nodeId: node.id } : { name: doc.training.loss };
}

/** Every single-wire input port needs its wire; a loss needs at least one prediction, a neuron at least one weighted input. */
export function validateWiring(doc: GraphDoc, index: GraphIndex): Problem[] {
  const problems: Problem[] = [];
  for (const node of index.nodes.values()) {
    const kind = getKind(node.kind);
    if (!kind) continue;
    for (const port of kind.ports.inputs) {
      if (port.multiple && kind.kind !== "loss" && port.name !== kind.weightPort) continue;
      if (inputsOn(index, node.id, port.name).length === 0)
        problems.push(problem("missing-input", [port.name], { nodeId: node.id }));
    }
  }
  return problems;
}

/** Outputs and the loss agree with the document's mode (fit to the data: `validateFit`). */
export function validateRoles(doc: GraphDoc, index: GraphIndex): Problem[] {
  const problems: Problem[] = [];
  const outputs = outputNodes(doc);
  const trained = doc.mode !== "expression";
  if (trained && outputs.length === 0) problems.push(problem("no-output", []));
  outputs.forEach((node, i) => {
    if (node.params.index !== undefined && node.params.index !== i) {
      problems.push(
        problem("output-index", [`expected index ${i}, found ${String(node.params.index)}`], { nodeId: node.id }),
      );
    }
  });
  const losses = doc.nodes.filter((n) => n.kind === "loss");
  const lossNode = losses[0];
  const lossName = effectiveLoss(doc).name;
  // On text, NLL reads the softmax of the scores (one per next character), so no sigmoid is needed.
  const softmaxNll = lossName === "nll" && doc.data.kind === "text";
  if (trained && (lossName === "bce" || lossName === "nll") && !softmaxNll) {
    for (const out of outputs) {
      if (!endsInSigmoid(index, out.id))
        problems.push(problem("needs-probability", [lossName], { nodeId: out.id, severity: "warning" }));
    }
  }
  if (losses.length > 1)
    for (const extra of losses.slice(1)) problems.push(problem("multiple-losses", [], { nodeId: extra.id }));
  if (lossNode) {
    const wired = new Set(inputsOn(index, lossNode.id, "pred").map((e) => e.source));
    for (const out of outputs)
      if (!wired.has(out.id)) problems.push(problem("output-not-in-loss", [], { nodeId: out.id }));
  }
  if (doc.mode === "expression" && outputs.length === 0) {
    const sinks = doc.nodes.filter((n) => (index.outgoing.get(n.id) ?? []).length === 0);
    if (sinks.length !== 1 && doc.nodes.length > 0) problems.push(problem("no-root", []));
  }
  if (trained && outputs.length > 0)
    problems.push(
      ...unreachable(
        doc,
        index,
        outputs.map((o) => o.id),
      ),
    );
  return problems;
}

function unreachable(doc: GraphDoc, index: GraphIndex, roots: string[]): Problem[] {
  const live = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (live.has(id)) continue;
    live.add(id);
    for (const edge of index.incoming.get(id) ?? []) stack.push(edge.source);
  }
  return doc.nodes
    .filter((n) => !live.has(n.id) && n.kind !== "loss")
    .map((n) => problem("unreachable", [], { nodeId: n.id, severity: "warning" }));
}

/** False when the value reaching an Output is surely not a probability (no sigmoid at the end); unknown cases pass. */
function endsInSigmoid(index: GraphIndex, outputId: string): boolean {
  const source = index.nodes.get(inputsOn(index, outputId, "in")[0]?.source ?? "");
  if (!source) return true;
  if (source.kind === "sigmoid") return true;
  if (source.kind === "neuron") return source.params.activation === "sigmoid";
  if (source.kind === "activation" || source.kind === "dense")
    return (source.params.fn ?? source.params.activation) === "sigmoid";
  return !["tanh", "relu", "neg", "add", "sub", "log", "input", "features", "parameter"].includes(source.kind);
}
