import { classCount, featureCount } from "../graph-index.js";
import { getKind } from "../kinds/registry.js";
import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import { toyInfo } from "../schema/constants.js";
import type { GraphDoc } from "../schema/types.js";
import { classLosses } from "../defaults/task-loss.js";
import { effectiveLoss, outputNodes } from "./roles.js";

/**
 * Whether the graph can train on its data choice: data present, features that exist, one output per
 * class, one output for regression, and a loss that suits the task (classification losses need classes).
 */
export function validateFit(doc: GraphDoc): Problem[] {
  if (doc.data.kind === "text" && doc.mode !== "layers")
    return [problem("text-needs-layers", [doc.mode], { path: "data" })];
  if (doc.mode === "expression") return [];
  if (doc.data.kind === "none") return [problem("no-data", [doc.mode], { path: "data" })];
  const wrongInput = doc.data.kind === "text" ? "features" : "characters";
  const problems = doc.nodes
    .filter((n) => n.kind === wrongInput)
    .map((n) =>
      problem("input-for-data", [getKind(n.kind)!.label, doc.data.kind === "text" ? "text" : "a toy data set"], {
        nodeId: n.id,
      }),
    );
  if (doc.data.kind !== "toy") return problems;
  const data = doc.data;
  const outputs = outputNodes(doc);
  const features = featureCount(data);
  for (const node of doc.nodes) {
    if (node.kind !== "input") continue;
    const f = typeof node.params.feature === "number" ? node.params.feature : 0;
    if (f >= features) problems.push(problem("feature-out-of-range", [f, features], { nodeId: node.id }));
  }
  const classes = classCount(data);
  if (classes > 0 && outputs.length > 0 && outputs.length !== classes && !(classes === 2 && outputs.length === 1)) {
    problems.push(problem("output-count", [classes, outputs.length], { nodeId: outputs[0]!.id }));
  }
  const { task } = toyInfo[data.name];
  if (task !== "regression") return problems;
  if (doc.mode === "neurons" && outputs.length > 1) {
    problems.push(problem("not-supported", ["Regression with several outputs"], { nodeId: outputs[1]!.id }));
  }
  const loss = effectiveLoss(doc);
  // A layer graph's NLL through an exp link is Poisson regression (compile checks the link).
  const poisson = doc.mode === "layers" && loss.name === "nll";
  if (classLosses.has(loss.name) && !poisson) {
    problems.push(
      problem(
        "loss-needs-classes",
        [loss.name, data.name],
        loss.nodeId ? { nodeId: loss.nodeId } : { path: "training.loss" },
      ),
    );
  }
  return problems;
}
