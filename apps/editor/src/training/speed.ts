import { create } from "zustand";
import { useControls } from "./controls";

/** How fast Play trains: a few steps a second to follow each one, a watchable rate, or as fast as the worker goes. */
export type Speed = "slow" | "normal" | "fast";

/** Optimiser steps per second of each speed (the runtime's `maxStepsPerSecond`). */
export const stepsPerSecond: Readonly<Record<Speed, number>> = { slow: 3, normal: 50, fast: Infinity };

/** Short names for the speed picker (the rates are in `stepsPerSecond`). */
export const speedLabels: Readonly<Record<Speed, string>> = {
  slow: "slow · 3/s",
  normal: "normal · 50/s",
  fast: "fast",
};

const KEY = "nudge:speed";
const saved = (): Speed => {
  const v = typeof localStorage === "undefined" ? null : localStorage.getItem(KEY);
  return v === "slow" || v === "fast" || v === "normal" ? v : "normal";
};

/** The learner's speed (kept in localStorage); `setSpeed` also tells the running trainer. */
export const useSpeed = create<{ speed: Speed; setSpeed(speed: Speed): void }>()((set) => ({
  speed: saved(),
  setSpeed(speed) {
    localStorage.setItem(KEY, speed);
    set({ speed });
    applySpeed();
  },
}));

/** Sends the current speed to the trainer (after it starts, and on every change). */
export function applySpeed(): void {
  const trainer = useControls.getState().trainer;
  if (trainer) void trainer.update({ maxStepsPerSecond: stepsPerSecond[useSpeed.getState().speed] }).catch(() => {});
}
