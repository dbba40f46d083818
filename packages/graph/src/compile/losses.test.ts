import { describe, expect, it } from "vitest";
import { neuronMlp } from "../templates/networks.js";
import { toyData } from "../schema/defaults.js";
import type { ActivationName, LossName } from "../schema/types.js";
import { compile } from "./index.js";

const eps = 1e-7;
const relu = (x: number) => Math.max(0, x);

/** Each loss written directly from its textbook formula, over the network's outputs. */
const reference: Record<LossName, (p: number[], t: number) => number> = {
  mse: (p, t) =>
    p.length === 1 ? (p[0]! - t) ** 2 : p.reduce((s, v, j) => s + (v - (j === t ? 1 : 0)) ** 2, 0) / p.length,
  "max-margin": (p, t) =>
    p.length === 1
      ? relu(1 - (t > 0 ? 1 : -1) * p[0]!)
      : p.reduce((s, v, j) => s + (j === t ? 0 : relu(1 + v - p[t]!)), 0),
  bce: (p, t) => {
    const one = (q: number, y: number) => -(y * Math.log(q + eps) + (1 - y) * Math.log(1 - q + eps));
    return p.length === 1 ? one(p[0]!, t) : p.reduce((s, q, j) => s + one(q, j === t ? 1 : 0), 0) / p.length;
  },
  "softmax-ce": (p, t) => {
    const z = p.length === 1 ? [0, p[0]!] : p;
    return Math.log(z.reduce((s, v) => s + Math.exp(v), 0)) - z[t]!;
  },
  // −log Poisson(y; μ) = μ − y·log μ + log y!, without the constant log y! (it has no gradient).
  "poisson-nll": (p, t) => {
    const one = (mu: number, y: number) => mu - y * Math.log(mu + eps);
    return p.length === 1 ? one(p[0]!, t) : p.reduce((s, mu, j) => s + one(mu, j === t ? 1 : 0), 0) / p.length;
  },
  nll: (p, t) =>
    p.length === 1 ? -(t * Math.log(p[0]! + eps) + (1 - t) * Math.log(1 - p[0]! + eps)) : -Math.log(p[t]! + eps),
};

const features = [0.3, -0.7, 1.1, 0.2, -0.4, -0.9, 0.8, 0.6];
const cases: { loss: LossName; classes: number; outputs: number; last: ActivationName }[] = [];
for (const loss of Object.keys(reference) as LossName[]) {
  const last: ActivationName =
    loss === "bce" || loss === "nll" ? "sigmoid" : loss === "poisson-nll" ? "exp" : "identity";
  cases.push({ loss, classes: 2, outputs: 1, last }, { loss, classes: 3, outputs: 3, last });
}

describe("losses over a batch", () => {
  for (const c of cases) {
    it(`${c.loss} with ${c.outputs} output(s) equals its textbook formula`, () => {
      const doc = neuronMlp({
        title: "t",
        inputs: 2,
        layers: [
          { units: 3, activation: "tanh" },
          { units: c.outputs, activation: c.last },
        ],
        loss: c.loss,
        data: toyData("spiral", { classes: c.classes }),
        training: { l2: 0 },
        seed: 5,
      });
      const result = compile(doc, { capacity: 4 });
      if (!result.ok || result.kind !== "tape") throw new Error(JSON.stringify(result));
      const g = result.graph;
      const targets = c.classes === 2 ? [0, 1, 1, 0] : [0, 2, 1, 2];
      g.setBatch({ features, targets, count: 4 });
      const preds = g.predict(features, 4);
      let want = 0;
      for (let s = 0; s < 4; s += 1)
        want += reference[c.loss](Array.from(preds.slice(s * c.outputs, (s + 1) * c.outputs)), targets[s]!) / 4;
      expect(g.forward()).toBeCloseTo(want, 12);
      expect(g.losses().data).toBeCloseTo(want, 12);
    });
  }
});
