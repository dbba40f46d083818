/** The worker's clock: what pacing reads and how it waits (tests inject a fake one). */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real clock: `performance.now()` and a timer. */
export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Longest burst a paced run takes at once, in seconds of its rate: smooth at "normal", one step at a time when slow. */
const BURST_SECONDS = 1 / 30;

/**
 * A token bucket that lets training take at most `rate()` steps a second (Infinity: no limit). A run
 * asks `allowance()` before training, trains that many steps or fewer, reports them with `took(n)` and,
 * when nothing is allowed, sleeps `wait()` ms. The bucket holds at most max(1, rate/30) steps, so a
 * slow run moves one step at a time and a paused run does not bank steps.
 */
export function createPacer(rate: () => number, now: () => number) {
  let tokens = 0;
  let last = now();
  const burst = () => Math.max(1, rate() * BURST_SECONDS);
  const refill = () => {
    const t = now();
    tokens = Math.min(burst(), tokens + ((t - last) / 1000) * rate());
    last = t;
  };
  return {
    /** Whether a rate is set (a finite one). */
    paced: () => Number.isFinite(rate()),
    /** Start afresh (Play): the first step may go at once. */
    restart() {
      tokens = 1;
      last = now();
    },
    /** Whole steps that may run now (Infinity without a limit). */
    allowance(): number {
      if (!Number.isFinite(rate())) return Infinity;
      refill();
      return Math.floor(tokens + 1e-9);
    },
    took(steps: number): void {
      if (Number.isFinite(rate())) tokens -= steps;
    },
    /** Milliseconds until the next step is allowed (0 when one is). */
    wait(): number {
      if (!Number.isFinite(rate())) return 0;
      refill();
      return tokens >= 1 - 1e-9 ? 0 : ((1 - tokens) * 1000) / rate();
    },
  };
}
