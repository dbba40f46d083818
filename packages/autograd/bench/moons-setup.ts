import { l2, maxMargin } from "../src/losses.js";
import { MLP } from "../src/nn/mlp.js";
import type { Tape } from "../src/tape/tape.js";
import { compileTape } from "../src/tape/compile.js";
import { Value } from "../src/value.js";
import { makeMoons } from "../test/moons.js";

/** The moons workload every variant trains: 100 points, noise 0.1, MLP(2, [16, 16, 1]). */
export function moonsWorkload(seed = 1) {
  const data = makeMoons(100, 0.1, seed);
  const model = new MLP(2, [16, 16, 1], { seed });
  const init = model.parameters().map((p) => p.data);
  return { data, model, init };
}

/** The learner's loop: rebuild the graph, zeroGrad, backward, `p.data -= lr * p.grad`. */
export function valueStep(model: MLP, x: number[][], y: number[], lr: number): number {
  const params = model.parameters();
  const scores = x.map((row) => model.forward(row)[0]);
  const loss = maxMargin(scores, y).add(l2(params, 1e-4));
  model.zeroGrad();
  loss.backward();
  for (const p of params) p.data -= lr * p.grad;
  return loss.data;
}

/** The demo's loss compiled once (inputs as leaves, so new batches could be fed). */
export function moonsTape(model: MLP, x: number[][], y: number[], fuse: boolean): Tape {
  const inputs = x.map((row) => row.map((v) => new Value(v)));
  const scores = inputs.map((row) => model.forward(row)[0]);
  const loss = maxMargin(scores, y).add(l2(model.parameters(), 1e-4));
  return compileTape([loss], { inputs: inputs.flat(), params: model.parameters(), fuse });
}

/** One tape step: forward, zeroGrad, backward, SGD over the param slots. */
export function tapeStep(tape: Tape, lr: number): number {
  tape.forward();
  tape.zeroGrad();
  tape.backward();
  const { values, grads, paramSlots } = tape;
  for (let i = 0; i < paramSlots.length; i++) values[paramSlots[i]] -= lr * grads[paramSlots[i]];
  return tape.output();
}
