import { problem } from "../../errors.js";
import { learningRate } from "../optimizer.js";
import type { Halt } from "../session.js";
import type { LayerLoaded } from "./layer-session.js";

/** Stops a running fit at its next step. */
export interface Stopper {
  aborted: boolean;
}

/**
 * Train a layer graph with @nudge/models' fit loop (it yields to the event loop every ~20 ms, so
 * messages are handled) until `steps` are done or `stopper` is set; `onStep` runs after each step.
 */
export async function runLayers(s: LayerLoaded, steps: number, stopper: Stopper, onStep: () => void): Promise<Halt | undefined> {
  const start = s.step;
  const { optimizer, schedule, batchSize, l2, seed } = s.training;
  try {
    await s.model.fit(s.train, {
      steps,
      batchSize,
      optimizer: optimizer.kind,
      l2,
      seed: seed + start,
      signal: stopper,
      statsEvery: 10,
      learningRate: (k) => learningRate(optimizer.lr, schedule, start + k),
      onStep(info) {
        s.step = start + info.step + 1;
        s.loss = info.loss;
        s.lr = info.learningRate;
        if (info.layers) s.stats = info.layers;
        onStep();
      },
    });
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lossNode = s.doc.nodes.find((n) => n.kind === "loss");
    if (/finite/i.test(message)) return { status: "paused", error: problem("NON_FINITE", { nodeId: lossNode?.id ?? s.layerNodeIds.at(-1) }, "loss", s.step) };
    return { status: "error", error: problem("INTERNAL", {}, message) };
  }
}
