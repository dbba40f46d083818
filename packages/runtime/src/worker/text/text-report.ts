import { sampleWords } from "@nudge/models";
import type { ViewSettings } from "../../protocol.js";
import type { TextData } from "./text-data.js";

/** What a language model gives a snapshot: losses on the train and dev words, and next-character probabilities. */
export interface LanguageModelView {
  evaluate(): { train: number; dev?: number };
  next(context: readonly number[]): ArrayLike<number>;
}

/**
 * How often, while training runs, the losses are evaluated again and new words are sampled: at least
 * every `lossesMs` / `samplesMs`, and never more than `share` of the time (an evaluation over tens of
 * thousands of windows can take a second on a busy machine; training must keep most of it).
 */
export const reportEvery = { lossesMs: 1000, samplesMs: 2500, share: 0.2, samples: 10 } as const;

const gap = (least: number, took: number) => Math.min(Math.max(least, took / reportEvery.share), 5 * least);

/**
 * Losses and sampled words for text snapshots, cached by step: while training runs they are computed
 * at most every `reportEvery` ms (an evaluation over thousands of windows costs more than a step);
 * when it stands still (after `step(n)`, pause or reset) they are always fresh.
 */
export function createTextReport(data: TextData, clock: () => number = () => performance.now()) {
  let losses: { step: number; at: number; took: number; train: number; dev?: number } | undefined;
  let samples: { step: number; at: number; took: number; temperature: number; words: string[] } | undefined;
  return {
    part(model: LanguageModelView, step: number, seed: number, running: boolean, view: ViewSettings) {
      const now = clock();
      const due = (last: { step: number; at: number; took: number }, least: number) =>
        last.step !== step && (!running || now - last.at >= gap(least, last.took));
      if (!losses || due(losses, reportEvery.lossesMs)) {
        const evaluated = model.evaluate();
        losses = { step, at: now, took: clock() - now, ...evaluated };
      }
      const temperature = view.sampleTemperature ?? 1;
      if (!samples || due(samples, reportEvery.samplesMs) || samples.temperature !== temperature) {
        const start = clock();
        const options = { count: reportEvery.samples, seed: seed + step, temperature, maxLength: 40 };
        const words = sampleWords(data.vocab, data.context, (c) => model.next(c), options);
        samples = { step, at: start, took: clock() - start, temperature, words };
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
