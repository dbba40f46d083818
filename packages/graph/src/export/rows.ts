import { createRng, makeToySplit } from "@nudge/datasets";
import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import type { LossName, ToyDataChoice } from "../schema/types.js";
import { literal } from "./code-ops.js";

const MAX_ROWS = 20000;

/** The training rows an export embeds, in the order Nudge trains them, and the sampler's seed state. */
export interface TrainRows {
  features: string[];
  targets: string[];
  /** `createRng(training.seed)`'s 32-bit starting state, which the exported sampler starts from. */
  samplerSeed: number;
}

/** The training rows of a toy data set (from `makeToySplit`) as number literals, or why they cannot be embedded. */
export function trainRows(
  data: ToyDataChoice,
  trainingSeed: number,
): { ok: true; rows: TrainRows } | { ok: false; problems: Problem[] } {
  const { dataset, train } = makeToySplit(data);
  if (train.length > MAX_ROWS)
    return {
      ok: false,
      problems: [
        problem("not-supported", [`Embedding more than ${MAX_ROWS} rows in exported code`], { path: "data.n" }),
      ],
    };
  const dim = dataset.shape[1];
  const features = Array.from(
    train,
    (r) => `[${Array.from({ length: dim }, (_, f) => literal(dataset.features[r * dim + f]!)).join(", ")}]`,
  );
  return {
    ok: true,
    rows: {
      features,
      targets: Array.from(train, (r) => literal(dataset.targets[r]!)),
      samplerSeed: createRng(trainingSeed).seed,
    },
  };
}

/** Targets as lines of ten, each line starting with `indent`. */
export function targetLines(targets: string[], indent: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < targets.length; i += 10) lines.push(`${indent}${targets.slice(i, i + 10).join(", ")},`);
  return lines;
}

/** What a generated training loop needs from the model part of a program. */
export interface LoopSpec {
  /** Outputs (columns) of `model(x)`. */
  k: number;
  lossName: LossName;
  /** Source for the list of trained tensors or Values, and of the ones the L2 term covers. */
  params: string;
  penalised: string;
  rows: TrainRows;
  steps: number;
  /**
   * `model(rows, training)` takes a batch and a mode (layer graphs: BatchNorm uses batch statistics
   * while training, running ones for the losses shown); otherwise `model(x)` (TypeScript: one row).
   */
  batched?: boolean;
}
