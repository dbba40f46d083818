import { pytorchText } from "./pytorch-text.js";
import type { Plan } from "../compile/plan.js";
import type { GraphDoc } from "../schema/types.js";
import { commentText, literal, pyOps } from "./code-ops.js";
import { pyDataLines, pyTraining } from "./py-training.js";
import { trainRows } from "./rows.js";
import { pytorchLayers } from "./pytorch-layers.js";
import { checked, exportSteps, nodeLines, paramNote, planWithParams } from "./shared.js";
import type { ExportOptions, ExportResult } from "./shared.js";

const reserved = [
  "torch",
  "p",
  "x",
  "X",
  "T",
  "Y",
  "y",
  "t",
  "out",
  "model",
  "sample_loss",
  "objective",
  "minibatch",
  "M32",
  "all_rows",
  "losses",
  "penalty",
  "rows",
  "step",
  "steps",
  "total",
  "optimizer",
  "group",
  "sum",
  "min",
  "range",
  "len",
  "list",
  "int",
];

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
  const { lines, names } = nodeLines(
    plan,
    pyOps,
    (f) => `x[:, ${f}]`,
    (i) => `p[${i}]`,
    (n, e) => `    ${n} = ${e}`,
    reserved,
  );
  const head = [
    `# ${commentText(doc.title)}: exported from Nudge as a PyTorch script.`,
    "# Run it with Python 3 and PyTorch (pip install torch): python model.py",
    "import torch",
    "",
    "torch.set_default_dtype(torch.float64)",
    "",
  ];
  const model = expression
    ? ["", "def model():", ...lines, `    return ${names[plan.root]}`, ""]
    : [
        "",
        "def model(x):",
        '    """One column per Output node, for a batch of rows x."""',
        ...lines,
        `    return [${plan.outputs.map((o) => names[o]).join(", ")}]`,
        "",
      ];
  if (expression) {
    const tail = [
      "",
      "out = model()",
      "out.backward()",
      'print(f"value {out.item():.4f}")',
      'print("grads", p.grad.tolist())',
      "",
    ];
    return { ok: true, code: [...head, ...paramsBlock(plan, params), ...model, ...tail].join("\n") };
  }
  if (doc.data.kind !== "toy") return { ok: true, code: "" };
  const rows = trainRows(doc.data, doc.training.seed);
  if (!rows.ok) return rows;
  const training = pyTraining(doc, {
    k: plan.outputs.length,
    lossName: plan.lossName,
    params: "[p]",
    penalised: "[p]",
    rows: rows.rows,
    steps,
  });
  return {
    ok: true,
    code: [...head, ...pyDataLines(rows.rows), "", ...paramsBlock(plan, params), ...model, ...training].join("\n"),
  };
}

/**
 * Exports the document as a PyTorch script that trains the same network as Nudge: the same rows
 * (embedded), initial weights, loss, optimiser, schedule and minibatches (Nudge's sampler, ported),
 * in float64 for neuron graphs and float32 for layer graphs, as the editor trains them.
 * @example
 * const result = exportPyTorch(doc); if (result.ok) download("model.py", result.code);
 */
export function exportPyTorch(input: GraphDoc, options: ExportOptions = {}): ExportResult {
  const c = checked(input);
  if ("problems" in c) return { ok: false, problems: c.problems };
  const steps = exportSteps(c.doc, options);
  if (c.doc.data.kind === "text") return pytorchText({ ...c.doc, data: c.doc.data }, steps);
  return c.doc.mode === "layers" ? pytorchLayers(c.doc, steps) : neuronScript(c.doc, steps);
}
