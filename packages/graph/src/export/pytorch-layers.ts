import type { GraphDoc } from "../schema/types.js";
import { commentText } from "./code-ops.js";
import { layerExport, type DenseOut } from "./layer-stack.js";
import { pyDataLines, pyTraining } from "./py-training.js";
import type { ExportResult } from "./shared.js";

const activation: Record<DenseOut["activation"], (h: string) => string> = {
  relu: (h) => `torch.relu(${h})`,
  tanh: (h) => `torch.tanh(${h})`,
  sigmoid: (h) => `torch.sigmoid(${h})`,
  exp: (h) => `torch.exp(${h})`,
  linear: (h) => h,
};

/** The first lines of a layer graph's PyTorch script: what it is, how to run it, torch in float32. */
export function pyLayerHeader(doc: GraphDoc): string[] {
  return [
    `# ${commentText(doc.title)}: exported from Nudge as a PyTorch script.`,
    "# Run it with Python 3 and PyTorch (pip install torch): python model.py",
    "import torch",
    "",
    "torch.set_default_dtype(torch.float32)  # layer graphs train in float32 in the editor",
  ];
}

/** A layer graph as dense layers in float32 (as the editor trains it), starting from the editor's initial weights. */
export function pytorchLayers(doc: GraphDoc, steps: number): ExportResult {
  const input = layerExport(doc);
  if (!("stack" in input)) return input;
  const { stack, dense, rows } = input;
  const weights = dense.flatMap((d, i) => [
    `# Dense ${d.inputs} -> ${d.units} (node ${commentText(JSON.stringify(d.nodeId))}): the editor's initial weights, biases 0.`,
    `W${i} = torch.nn.Parameter(torch.tensor([`,
    ...d.kernelRows.map((r) => `    ${r},`),
    "]))",
    `b${i} = torch.nn.Parameter(torch.zeros(${d.units}))`,
  ]);
  const k = dense.at(-1)!.units;
  return {
    ok: true,
    code: [
      ...pyLayerHeader(doc),
      "",
      ...pyDataLines(rows),
      "",
      ...weights,
      "",
      "",
      "def model(x):",
      '    """One column per output unit, for a batch of rows x."""',
      "    h = x",
      ...dense.map((d, i) => `    h = ${activation[d.activation](`h @ W${i} + b${i}`)}`),
      `    return [h[:, j] for j in range(${k})]`,
      "",
      "",
      `kernels = [${dense.map((_, i) => `W${i}`).join(", ")}]`,
      ...pyTraining(doc, {
        k,
        lossName: stack.loss,
        params: `kernels + [${dense.map((_, i) => `b${i}`).join(", ")}]`,
        penalised: "kernels",
        rows,
        steps,
      }),
    ].join("\n"),
  };
}
