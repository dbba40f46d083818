import type { GraphDoc } from "../schema/types.js";
import { commentText } from "./code-ops.js";
import { layerExport, type LayerOut } from "./layer-stack.js";
import type { ExportResult } from "./shared.js";
import { tsDataLines, tsHeader, tsTrainingLines } from "./ts-training.js";

const activation: Record<LayerOut["activation"], string> = {
  relu: ".relu()",
  tanh: ".tanh()",
  sigmoid: ".sigmoid()",
  exp: ".exp()",
  linear: "",
};

const where = (l: LayerOut) => `(node ${commentText(JSON.stringify(l.nodeId))})`;

function weightLines(l: LayerOut, i: number): string[] {
  if (l.type === "batchnorm")
    return [
      `// BatchNorm over ${l.units} units ${where(l)}: gain 1, shift 0, running mean 0 and variance 1.`,
      `const N${i}: Norm = { gain: values(${l.units}, 1), shift: values(${l.units}, 0), mean: Array<number>(${l.units}).fill(0), variance: Array<number>(${l.units}).fill(1), momentum: ${l.momentum}, epsilon: ${l.epsilon} };`,
    ];
  return [
    `// Dense ${l.inputs} → ${l.units} ${where(l)}: the editor's initial weights${l.bias ? ", biases 0" : ", no bias"}.`,
    `const W${i} = [`,
    ...l.kernelRows.map((r) => `  ${r},`),
    "].map((row) => row.map((v): Value => new Value(v)));",
    l.bias ? `const b${i} = values(${l.units}, 0);` : `const b${i}: Value[] = [];`,
  ];
}

function forwardLine(l: LayerOut, i: number): string {
  const act = activation[l.activation] ? `.map((row) => row.map((v) => v${activation[l.activation]}))` : "";
  if (l.type === "batchnorm") return `  h = batchNorm(h, N${i}, training)${act};`;
  return `  h = h.map((row) => dense(row, W${i}, b${i}))${act};`;
}

const normCode = [
  "/** A BatchNorm layer's trainable gain and shift, running statistics and settings (PyTorch's BatchNorm1d). */",
  "interface Norm { gain: Value[]; shift: Value[]; mean: number[]; variance: number[]; momentum: number; epsilon: number }",
  "",
  "/** Normalises each unit over the batch while training (updating the running statistics), else with the running ones. */",
  "function batchNorm(h: Value[][], bn: Norm, training: boolean): Value[][] {",
  "  const n = h.length;",
  "  const columns = bn.gain.map((gain, j) => {",
  "    let mean = new Value(bn.mean[j]!);",
  "    let variance = new Value(bn.variance[j]!);",
  "    if (training) {",
  "      mean = h.reduce((s, row) => s.add(row[j]!), new Value(0)).mul(new Value(1 / n));",
  "      variance = h.reduce((s, row) => s.add(row[j]!.sub(mean).pow(2)), new Value(0)).mul(new Value(1 / n));",
  "      bn.mean[j] = (1 - bn.momentum) * bn.mean[j]! + bn.momentum * mean.data;",
  "      bn.variance[j] = (1 - bn.momentum) * bn.variance[j]! + (bn.momentum * variance.data * n) / Math.max(n - 1, 1);",
  "    }",
  "    const scale = variance.add(new Value(bn.epsilon)).pow(-0.5).mul(gain);",
  "    return h.map((row) => row[j]!.sub(mean).mul(scale).add(bn.shift[j]!));",
  "  });",
  "  return h.map((_, i) => columns.map((c) => c[i]!));",
  "}",
  "",
];

/** A layer graph as dense and BatchNorm layers of Values, starting from the editor's initial weights (float64 here, float32 in the editor). */
export function layersTypeScript(doc: GraphDoc, steps: number): ExportResult {
  const input = layerExport(doc);
  if (!("stack" in input)) return input;
  const { stack, layers, norms, rows } = input;
  const trained = layers.flatMap((l, i) =>
    l.type === "batchnorm" ? [`...N${i}.gain`, `...N${i}.shift`] : l.bias ? [`...b${i}`] : [],
  );
  const body = [
    ...tsDataLines(rows),
    "",
    "const values = (n: number, v: number): Value[] => Array.from({ length: n }, (): Value => new Value(v));",
    ...(norms ? ["", ...normCode] : [""]),
    ...layers.flatMap(weightLines),
    "",
    "/** x · W + b for one row (b empty: no bias). */",
    "function dense(x: Value[], W: Value[][], b: Value[]): Value[] {",
    "  return W[0]!.map((_, j) => x.reduce((s, xi, i) => s.add(xi.mul(W[i]![j]!)), b[j] ?? new Value(0)));",
    "}",
    "",
    "/** A batch of data points through the layers: the output units of each.",
    `${norms ? " BatchNorm uses batch statistics while training." : " (`training` matters only to BatchNorm layers.)"} */`,
    "function model(x: number[][], training: boolean): Value[][] {",
    "  let h = x.map((row) => row.map((v) => new Value(v)));",
    ...layers.map(forwardLine),
    "  return h;",
    "}",
    "",
    `const kernels = [${layers.flatMap((l, i) => (l.type === "dense" ? [`...W${i}.flat()`] : [])).join(", ")}];`,
    `const parameters = [...kernels, ${trained.join(", ")}];`,
    "",
    ...tsTrainingLines(doc, {
      k: layers.at(-1)!.units,
      lossName: stack.loss,
      params: "parameters",
      penalised: "kernels",
      rows,
      steps,
      batched: true,
    }),
  ];
  return { ok: true, code: [...tsHeader(doc), ...body, ""].join("\n") };
}
