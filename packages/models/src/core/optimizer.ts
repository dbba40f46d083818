import * as tf from "@tensorflow/tfjs";
import { ownedVariable } from "./init.js";

/** SGD or Adam over a fixed list of variables; `apply` returns each update tensor's std ratio when asked. */
export interface Optimizer {
  apply(grads: tf.NamedTensorMap, learningRate: number, measure: boolean): number[] | undefined;
  dispose(): void;
}

/** Create an optimiser for `params` (Adam uses β = 0.9, 0.999 and ε = 1e-8). */
export function createOptimizer(kind: "sgd" | "adam", params: tf.Variable[]): Optimizer {
  const moments =
    kind === "adam"
      ? params.map((p) => ({ m: ownedVariable(tf.zerosLike(p), false), v: ownedVariable(tf.zerosLike(p), false) }))
      : [];
  let t = 0;
  // One learning-rate scalar, re-made only when the rate changes (not one upload per variable per step).
  let rateValue = NaN;
  let rate = tf.scalar(0);
  return {
    apply(grads, learningRate, measure) {
      t++;
      if (learningRate !== rateValue) {
        rate.dispose();
        rate = tf.keep(tf.scalar(learningRate));
        rateValue = learningRate;
      }
      const ratios: tf.Scalar[] = [];
      tf.tidy(() => {
        params.forEach((p, i) => {
          const g = grads[p.name];
          if (!g) return;
          let update: tf.Tensor;
          if (kind === "adam") {
            const { m, v } = moments[i]!;
            m.assign(m.mul(0.9).add(g.mul(0.1)));
            v.assign(v.mul(0.999).add(g.square().mul(0.001)));
            const mHat = m.div(1 - 0.9 ** t);
            const vHat = v.div(1 - 0.999 ** t);
            update = mHat.div(vHat.sqrt().add(1e-8)).mul(rate);
          } else {
            update = g.mul(rate);
          }
          if (measure)
            ratios.push(tf.keep(tf.moments(update).variance.sqrt().div(tf.moments(p).variance.sqrt().add(1e-12))));
          p.assign(p.sub(update));
        });
      });
      if (!measure) return undefined;
      const values = ratios.map((r) => Math.log10(r.dataSync()[0]! + 1e-30));
      ratios.forEach((r) => r.dispose());
      return values;
    },
    dispose: () => {
      rate.dispose();
      moments.forEach(({ m, v }) => (m.dispose(), v.dispose()));
    },
  };
}
