import type { Plan } from "../compile/plan.js";
import type { GraphDoc } from "../schema/types.js";
import { commentText, literal, pyOps } from "./code-ops.js";
import { pythonData } from "./py-data.js";
import { pyTraining } from "./py-training.js";
import { pytorchLayers } from "./pytorch-layers.js";
import { checked, nodeLines, paramNote, planWithParams } from "./shared.js";
import type { ExportOptions, ExportResult } from "./shared.js";

const reserved = ["torch", "p", "x", "X", "T", "Y", "y", "t", "out", "model", "sample_loss", "step", "steps", "total", "optimizer", "batch", "l2", "names", "lr", "group"];

function paramsBlock(plan: Plan, params: number[]): string[] {
  return [
    "# Trainable numbers: wire weights, neuron biases and parameters, in the editor's order.",
    "p = torch.nn.Parameter(torch.tensor([",
    ...params.map((v, i) => `    ${literal(v)},  # ${paramNote(plan, i)}`),
    "]))",
  ];
}

function neuronScript(doc: GraphDoc, steps: number): ExportResult {
  const { plan, params } = planWithParams(doc);
  const expression = doc.mode === "expression";
  const { lines, names } = nodeLines(plan, pyOps, (f) => `x[:, ${f}]`, (i) => `p[${i}]`, (n, e) => `    ${n} = ${e}`, reserved);
  const head = [`# ${commentText(doc.title)}: exported from Nudge as a PyTorch script.`, "# Run it with Python 3 and PyTorch (pip install torch): python model.py", "import torch", "", "torch.set_default_dtype(torch.float64)", ""];
  const model = expression
    ? ["", "def model():", ...lines, `    return ${names[plan.root]}`, ""]
    : ["", "def model(x):", '    """One column per Output node, for a batch of rows x."""', ...lines, `    return [${plan.outputs.map((o) => names[o]).join(", ")}]`, ""];
  if (expression) {
    const tail = ["", "out = model()", "out.backward()", 'print(f"value {out.item():.4f}")', "print(\"grads\", p.grad.tolist())", ""];
    return { ok: true, code: [...head, ...paramsBlock(plan, params), ...model, ...tail].join("\n") };
  }
  if (doc.data.kind !== "toy") return { ok: true, code: "" };
  const data = pythonData(doc.data);
  if (!data.ok) return data;
  const training = pyTraining(doc, plan.outputs.length, plan.lossName, "[p]", steps);
  return { ok: true, code: [...head, ...data.lines, "", ...paramsBlock(plan, params), ...model, ...training].join("\n") };
}

/**
 * Exports the document as a PyTorch script that builds and trains the same network on the same
 * rows (embedded), with the same initial weights, loss and optimiser.
 * @example
 * const result = exportPyTorch(doc); if (result.ok) download("model.py", result.code);
 */
export function exportPyTorch(input: GraphDoc, options: ExportOptions = {}): ExportResult {
  const c = checked(input);
  if ("problems" in c) return { ok: false, problems: c.problems };
  const steps = options.steps ?? c.doc.training.schedule.steps ?? 100;
  return c.doc.mode === "layers" ? pytorchLayers(c.doc, steps) : neuronScript(c.doc, steps);
}
