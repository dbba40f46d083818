import { describe, expect, it } from "vitest";
import { CMLP, closureStep } from "../bench/closure-port.js";
import { createHandNet, handStep } from "../bench/hand-loop.js";
import { moonsTape, moonsWorkload, tapeStep, valueStep } from "../bench/moons-setup.js";

// The bench's baselines are independent implementations of the same step: they double as oracles.
describe("bench baselines compute the same training run", () => {
  it("hand loop, closure port, Value path and tape agree over 3 demo steps", () => {
    const { data, model, init } = moonsWorkload(2);
    const hand = createHandNet([2, 16, 16, 1], init);
    const closure = new CMLP([2, 16, 16, 1], init);
    const tape = moonsTape(moonsWorkload(2).model, data.x, data.y, true);
    for (let k = 0; k < 3; k++) {
      const lr = 1.0 - (0.9 * k) / 100;
      const losses = [
        handStep(hand, data.x, data.y, lr),
        closureStep(closure, data.x, data.y, lr),
        valueStep(model, data.x, data.y, lr),
        tapeStep(tape, lr),
      ];
      for (const l of losses.slice(1)) expect(l).toBeCloseTo(losses[0], 10);
    }
    const params = model.parameters();
    params.forEach((p, i) => {
      expect(hand.params[i]).toBeCloseTo(p.data, 10);
      expect(tape.values[tape.paramSlots[i]]).toBeCloseTo(p.data, 10);
    });
  });
});
