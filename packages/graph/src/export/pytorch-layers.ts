import type { GraphDoc } from "../schema/types.js";
import { commentText } from "./code-ops.js";
import { layerExport, type LayerOut } from "./layer-stack.js";
import { pyDataLines, pyTraining } from "./py-training.js";
import type { ExportResult } from "./shared.js";

const activation: Record<LayerOut["activation"], (h: string) => string> = {
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

const where = (l: LayerOut) => `(node ${commentText(JSON.stringify(l.nodeId))})`;

function weightLines(l: LayerOut, i: number): string[] {
  if (l.type === "batchnorm")
    return [
      `# BatchNorm over ${l.units} units ${where(l)}: running <- (1 - momentum) * running + momentum * batch.`,
      `N${i} = torch.nn.BatchNorm1d(${l.units}, momentum=${l.momentum}, eps=${l.epsilon})`,
    ];
  return [
    `# Dense ${l.inputs} -> ${l.units} ${where(l)}: the editor's initial weights${l.bias ? ", biases 0" : ", no bias"}.`,
    `W${i} = torch.nn.Parameter(torch.tensor([`,
    ...l.kernelRows.map((r) => `    ${r},`),
    "]))",
    ...(l.bias ? [`b${i} = torch.nn.Parameter(torch.zeros(${l.units}))`] : []),
  ];
}

function forwardLines(l: LayerOut, i: number): string[] {
  if (l.type === "batchnorm") return [`    N${i}.train(training)`, `    h = ${activation[l.activation](`N${i}(h)`)}`];
  return [`    h = ${activation[l.activation](l.bias ? `h @ W${i} + b${i}` : `h @ W${i}`)}`];
}

/** A layer graph as dense and BatchNorm layers in float32 (as the editor trains it), starting from the editor's initial weights. */
export function pytorchLayers(doc: GraphDoc, steps: number): ExportResult {
  const input = layerExport(doc);
  if (!("stack" in input)) return input;
  const { stack, layers, rows } = input;
  const names = (type: LayerOut["type"], name: (i: number) => string) =>
    layers.flatMap((l, i) => (l.type === type ? [name(i)] : []));
  const kernels = names("dense", (i) => `W${i}`);
  const biases = layers.flatMap((l, i) => (l.type === "dense" && l.bias ? [`b${i}`] : []));
  const norms = names("batchnorm", (i) => `*N${i}.parameters()`);
  const k = layers.at(-1)!.units;
  return {
    ok: true,
    code: [
      ...pyLayerHeader(doc),
      "",
      ...pyDataLines(rows),
      "",
      ...layers.flatMap(weightLines),
      "",
      "",
      "def model(x, training=False):",
      '    """One column per output unit, for a batch of rows x (BatchNorm: batch statistics while training)."""',
      "    h = x",
      ...layers.flatMap(forwardLines),
      `    return [h[:, j] for j in range(${k})]`,
      "",
      "",
      `kernels = [${kernels.join(", ")}]`,
      ...pyTraining(doc, {
        k,
        lossName: stack.loss,
        params: `kernels + [${[...biases, ...norms].join(", ")}]`,
        penalised: "kernels",
        rows,
        steps,
        batched: true,
      }),
    ].join("\n"),
  };
}
