import type { OptimizerSettings, ScheduleSettings } from "../../protocol.js";

/** In-place optimiser over a parameter vector. */
export interface Optimizer {
  step(params: Float64Array, grads: Float64Array, lr: number): void;
}

/** SGD (with optional momentum) or Adam, keeping its state between steps. */
export function createOptimizer(settings: OptimizerSettings, size: number): Optimizer {
  if (settings.kind === "adam") {
    const m = new Float64Array(size);
    const v = new Float64Array(size);
    const [b1, b2, eps] = [0.9, 0.999, 1e-8];
    let t = 0;
    return {
      step(params, grads, lr) {
        t++;
        const c1 = 1 - b1 ** t;
        const c2 = 1 - b2 ** t;
        for (let i = 0; i < params.length; i++) {
          m[i] = b1 * m[i] + (1 - b1) * grads[i];
          v[i] = b2 * v[i] + (1 - b2) * grads[i] * grads[i];
          params[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
        }
      },
    };
  }
  const momentum = settings.momentum ?? 0;
  const velocity = new Float64Array(size);
  return {
    step(params, grads, lr) {
      for (let i = 0; i < params.length; i++) {
        velocity[i] = momentum * velocity[i] + grads[i];
        params[i] -= lr * velocity[i];
      }
    },
  };
}

/** Learning rate at step k: constant, or linear decay from lr to `final`·lr over `steps` steps (default 100). */
export function learningRate(lr: number, schedule: ScheduleSettings, k: number): number {
  if (schedule.kind !== "linear-decay") return lr;
  const final = schedule.final ?? 0.1;
  const steps = schedule.steps ?? 100;
  return lr * (1 - (1 - final) * Math.min(k / steps, 1));
}
