import { problem } from "../errors.js";
import type { Problem, TrainDoc } from "../protocol.js";

/**
 * Training diverges when |loss| exceeds this many times its size at the first step after load or
 * reset (at least 1). A loss a million times where it started has undone all learning, and stopping
 * there keeps far below float32's 3.4e38, where a layer graph's numbers turn into infinity.
 */
export const DIVERGENCE_FACTOR = 1e6;

/** True when a loss is NaN or infinite, or diverged from `start` (see {@link DIVERGENCE_FACTOR}). */
export function hasDiverged(start: number, loss: number): boolean {
  if (!Number.isFinite(loss)) return true;
  return Number.isFinite(start) && Math.abs(loss) > DIVERGENCE_FACTOR * Math.max(1, Math.abs(start));
}

const short = (x: number) =>
  Math.abs(x) >= 1e4 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(2) : x.toPrecision(3);

/** What to try when training blows up: the learning rate it ran at (often carried over from other data) and a tenth of it. */
export function learningRateHint(lr: number): string {
  const plain = (x: number) => String(Number(x.toPrecision(3)));
  return `, with the learning rate at ${plain(lr)}, likely too large for these data (try ${plain(lr / 10)})`;
}

/**
 * The report of a diverged loss: the same `NON_FINITE` problem as NaN, at the node where the loss is,
 * naming the learning rate `lr` it diverged at and a smaller one to try.
 */
export function lossDiverged(
  doc: TrainDoc,
  nodeId: string,
  start: number,
  loss: number,
  step: number,
  lr: number,
): Problem {
  const detail = Number.isFinite(loss)
    ? `the loss grew to ${short(loss)}, over ${short(DIVERGENCE_FACTOR)} times where it started (${short(start)})`
    : "the loss became NaN or infinite";
  return nonFinite(doc, { nodeId }, detail + learningRateHint(lr), step);
}

/** A `NON_FINITE` problem naming the node (its label, else its id) and, for a weight, the edge. */
export function nonFinite(
  doc: TrainDoc,
  where: { nodeId: string; edgeId?: string },
  detail: string,
  step: number,
): Problem {
  const nodeName = doc.nodes.find((n) => n.id === where.nodeId)?.label ?? where.nodeId;
  return { ...problem("NON_FINITE", where, detail, nodeName, step), nodeName };
}
