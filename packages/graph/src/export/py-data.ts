import { makeToy, trainTestSplit } from "@nudge/datasets";
import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import type { ToyDataChoice } from "../schema/types.js";
import { literal } from "./code-ops.js";

const MAX_ROWS = 20000;

/** The training rows of a toy data set as Python list literals, exactly as Nudge generates them. */
export function pythonData(data: ToyDataChoice): { ok: true; lines: string[] } | { ok: false; problems: Problem[] } {
  const set = makeToy(data.name, { n: data.n, noise: data.noise, seed: data.seed, ...(data.classes === undefined ? {} : { classes: data.classes }) });
  const [n, dim] = set.shape as [number, number];
  const rows = data.testFraction > 0 ? trainTestSplit(n, { testFraction: data.testFraction, seed: data.seed }).train : [...Array(n).keys()];
  if (rows.length > MAX_ROWS) return { ok: false, problems: [problem("not-supported", [`Embedding more than ${MAX_ROWS} rows in a Python script`], { path: "data.n" })] };
  const x = rows.map((r) => `    [${Array.from({ length: dim }, (_, f) => literal(set.features[r * dim + f]!)).join(", ")}],`);
  const t = rows.map((r) => literal(set.targets[r]!));
  const chunks: string[] = [];
  for (let i = 0; i < t.length; i += 10) chunks.push(`    ${t.slice(i, i + 10).join(", ")},`);
  return {
    ok: true,
    lines: [
      `# The training rows, exactly as Nudge generated them (${data.name}, n=${data.n}, noise=${data.noise}, seed=${data.seed}).`,
      "X = torch.tensor([",
      ...x,
      "])",
      "T = torch.tensor([",
      ...chunks,
      "])",
    ],
  };
}
