import { createRng, makeTextSplit } from "@nudge/datasets";
import { initialWeights, type LayerSpec } from "@nudge/model-spec";
import { compileLayers } from "../compile/layers.js";
import { problem } from "../problems.js";
import type { GraphDoc, TextDataChoice } from "../schema/types.js";
import { literal } from "./code-ops.js";
import { pyOptimizer, pyUpdateLines } from "./py-training.js";
import { pyLayerHeader } from "./pytorch-layers.js";
import { pySampler } from "./sampler-code.js";
import type { ExportResult } from "./shared.js";

const rows = (values: Float32Array, width: number) =>
  Array.from(
    { length: values.length / width },
    (_, r) => `    [${Array.from(values.subarray(r * width, (r + 1) * width), literal).join(", ")}],`,
  );

const activations: Record<string, (h: string) => string> = {
  linear: (h) => h,
  relu: (h) => `torch.relu(${h})`,
  tanh: (h) => `torch.tanh(${h})`,
  sigmoid: (h) => `torch.sigmoid(${h})`,
  exp: (h) => `torch.exp(${h})`,
};

/** Parameters and forward lines of each spec layer, or the index of the first layer this export cannot write. */
function layerCode(layers: LayerSpec[], initial: ReturnType<typeof initialWeights>, vocab: number) {
  const params: string[] = [];
  const forward: string[] = [];
  const kernels: string[] = [];
  const biases: string[] = [];
  for (const [i, layer] of layers.entries()) {
    const drawn = initial[i];
    if (layer.type === "embedding" && drawn) {
      params.push(`# Embedding ${layer.inputDim} x ${layer.outputDim}: the editor's initial table.`);
      params.push(`C${i} = torch.nn.Parameter(torch.tensor([`, ...rows(drawn.values, layer.outputDim), "]))");
      forward.push(`    h = C${i}[h]`);
      kernels.push(`C${i}`);
    } else if (layer.type === "oneHot") {
      forward.push(`    h = F.one_hot(h, ${vocab}).to(torch.get_default_dtype())`);
    } else if (layer.type === "flatten") {
      forward.push("    h = h.reshape(h.shape[0], -1)");
    } else if (layer.type === "dense" && drawn && activations[layer.activation ?? "linear"]) {
      params.push(`# Dense ${drawn.shape[0]} -> ${layer.units}: the editor's initial weights, biases 0.`);
      params.push(`W${i} = torch.nn.Parameter(torch.tensor([`, ...rows(drawn.values, layer.units), "]))");
      const bias = layer.useBias !== false;
      if (bias) params.push(`b${i} = torch.nn.Parameter(torch.zeros(${layer.units}))`);
      forward.push(`    h = ${activations[layer.activation ?? "linear"]!(`h @ W${i}${bias ? ` + b${i}` : ""}`)}`);
      kernels.push(`W${i}`);
      if (bias) biases.push(`b${i}`);
    } else if (layer.type === "activation" && activations[layer.activation]) {
      forward.push(`    h = ${activations[layer.activation]!("h")}`);
    } else return { unsupported: i };
  }
  return { params, forward, kernels, biases };
}

/**
 * A layer graph on text as a PyTorch script: the same words, vocabulary and split (`makeTextSplit`),
 * windows built as `@nudge/encoders`' `contextWindows` builds them, the editor's initial weights
 * (float32), loss, optimiser, schedule and minibatches. `losses[k]` is the dev loss after k steps
 * (the training loss with its L2 term when there is no dev split), as the editor's snapshots report it.
 */
export function pytorchText(doc: GraphDoc & { data: TextDataChoice }, steps: number): ExportResult {
  const compiled = compileLayers(doc);
  if (!compiled.ok) return compiled;
  const { spec, layerNodeIds } = compiled;
  const split = makeTextSplit(doc.data);
  const code = layerCode(spec.layers, initialWeights(spec, doc.training.seed), split.vocab.size);
  if (code.unsupported !== undefined)
    return {
      ok: false,
      problems: [
        problem("not-supported", ["This layer in code export of text graphs"], {
          nodeId: layerNodeIds[code.unsupported]!,
        }),
      ],
    };
  const { batchSize, l2 } = doc.training;
  const opt = pyOptimizer(doc, `kernels + [${code.biases.join(", ")}]`);
  const dev = split.dev.length > 0;
  return {
    ok: true,
    code: [
      ...pyLayerHeader(doc),
      "import torch.nn.functional as F",
      "",
      '# The vocabulary: index -> character; "." starts and ends every word.',
      `CHARS = ${JSON.stringify(split.vocab.chars)}`,
      "STOI = {c: i for i, c in enumerate(CHARS)}",
      `CONTEXT = ${spec.input.shape[0]}`,
      "# The training and dev words, exactly as Nudge split them (seeded, by word).",
      `TRAIN_WORDS = ${JSON.stringify(split.train)}`,
      `DEV_WORDS = ${JSON.stringify(split.dev)}`,
      "",
      "",
      "def windows(words):",
      '    """Each character of each word, and the end ".", with the CONTEXT characters before it (makemore\'s X, Y)."""',
      "    xs, ys = [], []",
      "    for word in words:",
      "        context = [0] * CONTEXT",
      '        for ch in list(word) + ["."]:',
      "            xs.append(context)",
      "            ys.append(STOI[ch])",
      "            context = context[1:] + [STOI[ch]]",
      "    return torch.tensor(xs, dtype=torch.long), torch.tensor(ys, dtype=torch.long)",
      "",
      "",
      "X, T = windows(TRAIN_WORDS)",
      ...(dev ? ["Xdev, Tdev = windows(DEV_WORDS)"] : []),
      "",
      ...code.params,
      "",
      "",
      "def model(x):",
      '    """One score per next character (logits), for a batch of contexts x."""',
      "    h = x",
      ...code.forward,
      "    return h",
      "",
      "",
      `kernels = [${code.kernels.join(", ")}]`,
      "",
      "",
      "def objective(rows):",
      '    """Cross-entropy of the next character over some windows plus the L2 term: what Nudge minimises."""',
      "    penalty = sum((q * q).sum() for q in kernels)",
      `    return F.cross_entropy(model(X[rows]), T[rows]) + ${literal(l2)} * penalty`,
      "",
      "",
      "def shown():",
      `    """What the editor's chart shows: ${dev ? "the loss on the dev words" : "the training loss"}."""`,
      "    with torch.no_grad():",
      dev ? "        return F.cross_entropy(model(Xdev), Tdev).item()" : "        return objective(all_rows).item()",
      "",
      "",
      ...pySampler,
      "",
      "",
      `optimizer = ${opt}`,
      `steps = ${steps}`,
      "all_rows = list(range(len(T)))",
      "losses = [shown()]",
      "for step in range(steps):",
      `    total = objective(minibatch(all_rows, ${batchSize === "all" ? "len(all_rows)" : batchSize}, ${createRng(doc.training.seed).seed}, step))`,
      ...pyUpdateLines(doc),
      "    losses.append(shown())",
      "    if step % 100 == 0 or step == steps - 1:",
      `        print(f"step {step + 1} ${dev ? "dev" : "train"} loss {losses[-1]:.4f}")`,
      "",
    ].join("\n"),
  };
}
