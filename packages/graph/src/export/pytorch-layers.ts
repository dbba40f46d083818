import type { GraphDoc } from "../schema/types.js";
import { commentText } from "./code-ops.js";
import { layerStack } from "./layer-stack.js";
import { pythonData } from "./py-data.js";
import { pyTraining } from "./py-training.js";
import type { ExportResult } from "./shared.js";

const modules: Record<string, string> = { relu: "torch.nn.ReLU()", tanh: "torch.nn.Tanh()", sigmoid: "torch.nn.Sigmoid()", exp: "Exp()" };

/** A layer graph as `torch.nn.Sequential` (PyTorch's default init, seeded with the training seed). */
export function pytorchLayers(doc: GraphDoc, steps: number): ExportResult {
  const result = layerStack(doc);
  if (!result.ok) return result;
  if (doc.data.kind !== "toy") return { ok: true, code: "" };
  const data = pythonData(doc.data);
  if (!data.ok) return data;
  const { stack } = result;
  const layers: string[] = [];
  let width = stack.inputs;
  for (const layer of stack.layers) {
    layers.push(`    torch.nn.Linear(${width}, ${layer.units}),`);
    if (layer.activation !== "linear") layers.push(`    ${modules[layer.activation]},`);
    width = layer.units;
  }
  const k = width;
  return {
    ok: true,
    code: [
      `# ${commentText(doc.title)}: exported from Nudge as a PyTorch script.`,
      "# Run it with Python 3 and PyTorch (pip install torch): python model.py",
      "import torch",
      "",
      "torch.set_default_dtype(torch.float64)",
      `torch.manual_seed(${doc.training.seed})`,
      "",
      ...data.lines,
      "",
      "",
      "class Exp(torch.nn.Module):",
      "    def forward(self, x):",
      "        return torch.exp(x)",
      "",
      "",
      "net = torch.nn.Sequential(",
      ...layers,
      ")",
      "",
      "",
      "def model(x):",
      '    """One column per output unit, for a batch of rows x."""',
      "    h = net(x)",
      `    return [h[:, j] for j in range(${k})]`,
      ...pyTraining(doc, k, stack.loss, "net.parameters()", steps),
    ].join("\n"),
  };
}
