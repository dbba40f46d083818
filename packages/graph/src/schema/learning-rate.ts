import type { ScheduleSettings } from "./types.js";

/** A schedule with its defaults filled in: linear decay reaches `final` × lr at step `steps` (0.1 and 100). */
export function resolvedSchedule(schedule: ScheduleSettings): { kind: ScheduleSettings["kind"]; final: number; steps: number } {
  return { kind: schedule.kind, final: schedule.final ?? 0.1, steps: schedule.steps ?? 100 };
}

/**
 * The learning rate at step `step` (from 0): constant, or linear decay from lr to `final`·lr over
 * `steps` steps, then held. The runtime and both code exports follow this one rule.
 *
 * @example
 * learningRate(1, { kind: "linear-decay", final: 0.1, steps: 100 }, 50); // 0.55 (micrograd's moons)
 */
export function learningRate(lr: number, schedule: ScheduleSettings, step: number): number {
  const { kind, final, steps } = resolvedSchedule(schedule);
  if (kind !== "linear-decay") return lr;
  return lr * (1 - (1 - final) * Math.min(step / steps, 1));
}
