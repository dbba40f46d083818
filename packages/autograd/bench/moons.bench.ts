import { afterAll, bench, describe } from "vitest";
import { CMLP, closureStep } from "./closure-port.js";
import { createHandNet, handStep } from "./hand-loop.js";
import { moonsTape, moonsWorkload, tapeStep, valueStep } from "./moons-setup.js";
import { loadavg } from "node:os";
import { recordBenchFigure } from "@nudge/vitest-config/bench";
import { interleavedRatio, medianRatio, summary, timed } from "./timings.js";

// One micrograd moons step (65k scalar nodes) per iteration; hz = steps/s. A small constant lr keeps
// thousands of repeated steps stable; every variant does the same arithmetic per step regardless.
const LR = 0.01;
const { data, model, init } = moonsWorkload();
const { x, y } = data;
const closureModel = new CMLP([2, 16, 16, 1], init);
const tape = moonsTape(moonsWorkload().model, x, y, true);
const unfused = moonsTape(moonsWorkload().model, x, y, false);
const hand = createHandNet([2, 16, 16, 1], init);

const HAND = "hand-written Float64Array loop",
  TAPE = "compiled tape (fused)",
  TAPE1 = "compiled tape (unfused)";
const VALUE = "Value path (graph rebuilt each step)",
  CLOSURE = "closure port (micrograd in JS)";

describe("fixed graph: compiled tape vs hand-written loop (target: within 3x)", () => {
  bench(
    HAND,
    timed(HAND, () => handStep(hand, x, y, LR)),
    { time: 1500 },
  );
  bench(
    TAPE,
    timed(TAPE, () => tapeStep(tape, LR)),
    { time: 1500 },
  );
  bench(
    TAPE1,
    timed(TAPE1, () => tapeStep(unfused, LR)),
    { time: 1500 },
  );
});

describe("graph rebuilt every step: Value path vs closure-based port (target: at least 20x)", () => {
  bench(
    VALUE,
    timed(VALUE, () => valueStep(model, x, y, LR)),
    { time: 2000 },
  );
  bench(
    CLOSURE,
    timed(CLOSURE, () => closureStep(closureModel, x, y, LR)),
    { time: 3000, warmupTime: 500 },
  );
});

afterAll(() => {
  console.log(
    summary([
      ["tape (fused) / hand loop, time ratio (target ≤ 3)", TAPE, HAND],
      ["tape (unfused) / hand loop, time ratio", TAPE1, HAND],
      ["closure port / Value path, speed-up (target ≥ 20)", CLOSURE, VALUE],
      ["Value path / tape (fused), time ratio (target ≤ 4)", VALUE, TAPE],
    ]),
  );
  const ratio = interleavedRatio(
    () => valueStep(model, x, y, LR),
    () => tapeStep(tape, LR),
    200,
  );
  console.log(
    `  Value path / tape (fused), interleaved step by step (200 rounds): ${ratio.toFixed(1)}x at the median (target ≤ 4)`,
  );
  const conditions = `moons step, load ${loadavg()[0].toFixed(1)}`;
  const record = (figure: string, value: number, target: number, better: "lower" | "higher" = "lower") =>
    recordBenchFigure({ bench: "autograd", figure, value, unit: "x", target, better, conditions });
  record("Value path / fused tape (interleaved)", ratio, 4);
  record("fused tape / hand-written loop", medianRatio(TAPE, HAND), 3);
  record("closure port / Value path (speed-up)", medianRatio(CLOSURE, VALUE), 20, "higher");
});
