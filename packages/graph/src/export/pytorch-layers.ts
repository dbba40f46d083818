import type { GraphDoc } from "../schema/types.js";
import { commentText } from "./code-ops.js";
import { layerStack, type LayerStack } from "./layer-stack.js";
import { pyDataLines, pyTraining } from "./py-training.js";
import { trainRows } from "./rows.js";
import type { ExportResult } from "./shared.js";
import { kernelRows } from "./typescript-layers.js";

const activation: Record<LayerStack["layers"][number]["activation"], (h: string) => string> = {
  relu: (h) => `torch.relu(${h})`,
  tanh: (h) => `torch.tanh(${h})`,
  sigmoid: (h) => `torch.sigmoid(${h})`,
  exp: (h) => `torch.exp(${h})`,
  linear: (h) => h,
};

/** A layer graph as dense layers in float32 (as the editor trains it), starting from the editor's initial weights. */
export function pytorchLayers(doc: GraphDoc, steps: number): ExportResult {
  const result = layerStack(doc);
  if (!result.ok) return result;
  if (doc.data.kind !== "toy") return { ok: true, code: "" };
  const rows = trainRows(doc.data, doc.training.seed);
  if (!rows.ok) return rows;
  const { stack } = result;
  const weights: string[] = [];
  const forward: string[] = [];
  let width = stack.inputs;
  stack.layers.forEach((layer, i) => {
    weights.push(
      `# Dense ${width} -> ${layer.units} (node ${commentText(JSON.stringify(layer.nodeId))}): the editor's initial weights, biases 0.`,
      `W${i} = torch.nn.Parameter(torch.tensor([`,
      ...kernelRows(layer.kernel, width, layer.units).map((r) => `    ${r},`),
      "]))",
      `b${i} = torch.nn.Parameter(torch.zeros(${layer.units}))`,
    );
    forward.push(`    h = ${activation[layer.activation](`h @ W${i} + b${i}`)}`);
    width = layer.units;
  });
  const kernels = stack.layers.map((_, i) => `W${i}`);
  const biases = stack.layers.map((_, i) => `b${i}`);
  return {
    ok: true,
    code: [
      `# ${commentText(doc.title)}: exported from Nudge as a PyTorch script.`,
      "# Run it with Python 3 and PyTorch (pip install torch): python model.py",
      "import torch",
      "",
      "torch.set_default_dtype(torch.float32)  # layer graphs train in float32 in the editor",
      "",
      ...pyDataLines(rows.rows),
      "",
      ...weights,
      "",
      "",
      "def model(x):",
      '    """One column per output unit, for a batch of rows x."""',
      "    h = x",
      ...forward,
      `    return [h[:, j] for j in range(${width})]`,
      "",
      "",
      `kernels = [${kernels.join(", ")}]`,
      ...pyTraining(doc, { k: width, lossName: stack.loss, params: `kernels + [${biases.join(", ")}]`, penalised: "kernels", rows: rows.rows, steps }),
    ].join("\n"),
  };
}
