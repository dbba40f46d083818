import type { GraphDoc } from "../schema/types.js";
import { commentText, literal } from "./code-ops.js";
import { layerStack, type LayerStack } from "./layer-stack.js";
import { trainRows } from "./rows.js";
import type { ExportResult } from "./shared.js";
import { tsDataLines, tsHeader, tsTrainingLines } from "./ts-training.js";

const activation: Record<LayerStack["layers"][number]["activation"], string> = { relu: ".relu()", tanh: ".tanh()", sigmoid: ".sigmoid()", exp: ".exp()", linear: "" };

/** A kernel `[inputs, units]` as rows of number literals. */
export function kernelRows(kernel: Float32Array, inputs: number, units: number): string[] {
  return Array.from({ length: inputs }, (_, i) => `[${Array.from(kernel.subarray(i * units, (i + 1) * units), literal).join(", ")}]`);
}

/** A layer graph as dense layers of Values, starting from the editor's initial weights (float64 here, float32 in the editor). */
export function layersTypeScript(doc: GraphDoc, steps: number): ExportResult {
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
      `// Dense ${width} → ${layer.units} (node ${commentText(JSON.stringify(layer.nodeId))}): the editor's initial weights, biases 0.`,
      `const W${i} = [`,
      ...kernelRows(layer.kernel, width, layer.units).map((r) => `  ${r},`),
      "].map((row) => row.map((v): Value => new Value(v)));",
      `const b${i} = Array.from({ length: ${layer.units} }, (): Value => new Value(0));`,
    );
    forward.push(`  h = dense(h, W${i}, b${i})${activation[layer.activation] ? `.map((v) => v${activation[layer.activation]})` : ""};`);
    width = layer.units;
  });
  const kernels = stack.layers.map((_, i) => `...W${i}.flat()`);
  const biases = stack.layers.map((_, i) => `...b${i}`);
  const body = [
    ...tsDataLines(rows.rows),
    "",
    ...weights,
    "",
    "/** x · W + b for one row. */",
    "function dense(x: Value[], W: Value[][], b: Value[]): Value[] {",
    "  return b.map((bj, j) => x.reduce((s, xi, i) => s.add(xi.mul(W[i]![j]!)), bj));",
    "}",
    "",
    "/** One data point through the layers: the output units. */",
    "function model(x: number[]): Value[] {",
    "  let h = x.map((v) => new Value(v));",
    ...forward,
    "  return h;",
    "}",
    "",
    `const kernels = [${kernels.join(", ")}];`,
    `const parameters = [...kernels, ${biases.join(", ")}];`,
    "",
    ...tsTrainingLines(doc, { k: width, lossName: stack.loss, params: "parameters", penalised: "kernels", rows: rows.rows, steps }),
  ];
  return { ok: true, code: [...tsHeader(doc), ...body, ""].join("\n") };
}
