import { createTrainer, type RuntimeError, type Trainer } from "@nudge/runtime";

/** Starts @nudge/runtime's trainer on the editor's own worker entry; `onCrash` hears a worker that died. */
export function makeTrainer(onCrash?: (error: RuntimeError) => void): Trainer {
  return createTrainer({
    ...(onCrash ? { onCrash } : {}),
    worker: () =>
      new Worker(new URL("../worker/train.worker.ts", import.meta.url), { type: "module", name: "nudge-trainer" }),
    maxSnapshotsPerSecond: 12,
  });
}
