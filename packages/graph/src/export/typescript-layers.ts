import type { GraphDoc } from "../schema/types.js";
import { commentText } from "./code-ops.js";
import { layerExport, type DenseOut } from "./layer-stack.js";
import type { ExportResult } from "./shared.js";
import { tsDataLines, tsHeader, tsTrainingLines } from "./ts-training.js";

const activation: Record<DenseOut["activation"], string> = {
  relu: ".relu()",
  tanh: ".tanh()",
  sigmoid: ".sigmoid()",
  exp: ".exp()",
  linear: "",
};

/** A layer graph as dense layers of Values, starting from the editor's initial weights (float64 here, float32 in the editor). */
export function layersTypeScript(doc: GraphDoc, steps: number): ExportResult {
  const input = layerExport(doc);
  if (!("stack" in input)) return input;
  const { stack, dense, rows } = input;
  const weights = dense.flatMap((d, i) => [
    `// Dense ${d.inputs} → ${d.units} (node ${commentText(JSON.stringify(d.nodeId))}): the editor's initial weights, biases 0.`,
    `const W${i} = [`,
    ...d.kernelRows.map((r) => `  ${r},`),
    "].map((row) => row.map((v): Value => new Value(v)));",
    `const b${i} = Array.from({ length: ${d.units} }, (): Value => new Value(0));`,
  ]);
  const forward = dense.map(
    (d, i) =>
      `  h = dense(h, W${i}, b${i})${activation[d.activation] ? `.map((v) => v${activation[d.activation]})` : ""};`,
  );
  const body = [
    ...tsDataLines(rows),
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
    `const kernels = [${dense.map((_, i) => `...W${i}.flat()`).join(", ")}];`,
    `const parameters = [...kernels, ${dense.map((_, i) => `...b${i}`).join(", ")}];`,
    "",
    ...tsTrainingLines(doc, {
      k: dense.at(-1)!.units,
      lossName: stack.loss,
      params: "parameters",
      penalised: "kernels",
      rows,
      steps,
    }),
  ];
  return { ok: true, code: [...tsHeader(doc), ...body, ""].join("\n") };
}
