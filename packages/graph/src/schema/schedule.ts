import type { ScheduleSettings } from "./types.js";

/** What a linear decay without `final` or `steps` uses: down to 0.1 × lr over 100 steps. */
export const scheduleDefaults = { final: 0.1, steps: 100 } as const;

/**
 * The learning rate at step `k` (from 0): constant, or a linear decay from `lr` to `final × lr`
 * reached at step `steps` and kept after it. The one definition the runtime and exports follow.
 * @example
 * learningRateAt(1, { kind: "linear-decay", final: 0.1, steps: 100 }, 50); // 0.55
 */
export function learningRateAt(lr: number, schedule: ScheduleSettings, k: number): number {
  if (schedule.kind !== "linear-decay") return lr;
  const final = schedule.final ?? scheduleDefaults.final;
  const steps = schedule.steps ?? scheduleDefaults.steps;
  return lr * (1 - (1 - final) * Math.min(k / steps, 1));
}
