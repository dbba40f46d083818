import { bench, describe } from "vitest";
import { CMLP, closureStep } from "./closure-port.js";
import { createHandNet, handStep } from "./hand-loop.js";
import { moonsTape, moonsWorkload, tapeStep, valueStep } from "./moons-setup.js";

// One micrograd moons step (65k scalar nodes) per iteration; hz = steps/s. A small constant lr keeps
// thousands of repeated steps stable; every variant does the same work per step regardless.
const LR = 0.01;
const { data, model, init } = moonsWorkload();
const { x, y } = data;
const closureModel = new CMLP([2, 16, 16, 1], init);
const tape = moonsTape(moonsWorkload().model, x, y, true);
const unfused = moonsTape(moonsWorkload().model, x, y, false);
const hand = createHandNet([2, 16, 16, 1], init);

describe("dynamic graph per step: Value path vs closure-based port (target ≥ 20x)", () => {
  bench("closure port (micrograd in JS)", () => { closureStep(closureModel, x, y, LR); }, { time: 3000, warmupTime: 500 });
  bench("Value path (graph rebuilt each step)", () => { valueStep(model, x, y, LR); }, { time: 2000 });
});

describe("fixed graph: compiled tape vs hand-written Float64Array loop (target within 3x)", () => {
  bench("hand-written loop", () => { handStep(hand, x, y, LR); }, { time: 1500 });
  bench("compiled tape (fused)", () => { tapeStep(tape, LR); }, { time: 1500 });
  bench("compiled tape (unfused)", () => { tapeStep(unfused, LR); }, { time: 1500 });
});
