import { createTrainer, type Trainer } from "@nudge/runtime";

/** Starts @nudge/runtime's trainer on the editor's own worker entry. */
export function makeTrainer(): Trainer {
  return createTrainer({
    worker: () => new Worker(new URL("../worker/train.worker.ts", import.meta.url), { type: "module", name: "nudge-trainer" }),
    maxSnapshotsPerSecond: 12,
  });
}
