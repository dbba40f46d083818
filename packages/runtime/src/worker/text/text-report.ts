import { sampleWords } from "@nudge/models";
import type { ViewSettings } from "../../protocol.js";
import type { TextData } from "./text-data.js";

/** What a language model gives a snapshot: losses on the train and dev words, and next-character probabilities. */
export interface LanguageModelView {
  evaluate(): { train: number; dev?: number };
  next(context: readonly number[]): ArrayLike<number>;
}

/** How often, while training runs, the losses are evaluated again and new words are sampled. */
export const reportEvery = { lossesMs: 1000, samplesMs: 2500, samples: 10 } as const;

/**
 * Losses and sampled words for text snapshots, cached by step: while training runs they are computed
 * at most every `reportEvery` ms (an evaluation over thousands of windows costs more than a step);
 * when it stands still (after `step(n)`, pause or reset) they are always fresh.
 */
export function createTextReport(data: TextData, clock: () => number = () => performance.now()) {
  let losses: { step: number; at: number; train: number; dev?: number } | undefined;
  let samples: { step: number; at: number; temperature: number; words: string[] } | undefined;
  return {
    part(model: LanguageModelView, step: number, seed: number, running: boolean, view: ViewSettings) {
      const now = clock();
      if (!losses || (losses.step !== step && (!running || now - losses.at >= reportEvery.lossesMs)))
        losses = { step, at: now, ...model.evaluate() };
      const temperature = view.sampleTemperature ?? 1;
      const stale = samples && samples.step !== step && (!running || now - samples.at >= reportEvery.samplesMs);
      if (!samples || stale || samples.temperature !== temperature) {
        const options = { count: reportEvery.samples, seed: seed + step, temperature, maxLength: 40 };
        const words = sampleWords(data.vocab, data.context, (c) => model.next(c), options);
        samples = { step, at: now, temperature, words };
      }
      return {
        loss: losses.train,
        ...(losses.dev === undefined ? {} : { devLoss: losses.dev }),
        samples: samples.words.slice(),
      };
    },
    clear() {
      losses = undefined;
      samples = undefined;
    },
  };
}
