import { makeToy, trainTestSplit } from "@nudge/datasets";
import { createTemplate, neuronMlp, toyData, type GraphDoc } from "@nudge/graph";
import { describe, expect, test } from "vitest";
import type { Snapshot, TrainDoc } from "../src/index.js";
import { createWorkerApi } from "../src/worker/api.js";
import { assembleSnapshot } from "../src/worker/snapshot.js";
import { tapeSnapshot } from "../src/worker/tape/tape-snapshot.js";
import { loadTape } from "../src/worker/tape/tape-state.js";
import { referenceOutputs } from "./reference.js";

/** The document's data regenerated here, in the documented row order (train rows, then test rows, as `trainTestSplit` returns them). */
function rowsOf(doc: GraphDoc) {
  const data = doc.data as {
    name: string;
    n: number;
    noise: number;
    seed: number;
    testFraction: number;
    classes?: number;
  };
  const ds = makeToy(data.name as never, {
    n: data.n,
    noise: data.noise,
    seed: data.seed,
    ...(data.classes ? { classes: data.classes } : {}),
  });
  const rows = ds.shape[0]!;
  const split =
    data.testFraction > 0
      ? trainTestSplit(rows, { testFraction: data.testFraction, seed: data.seed })
      : { train: [...Array(rows).keys()], test: [] as number[] };
  const dim = ds.shape[1]!;
  const x = (r: number) => ds.features.subarray(r * dim, (r + 1) * dim);
  return { train: [...split.train], test: [...split.test], x, y: (r: number) => ds.targets[r]! };
}

const outputsAt = (doc: GraphDoc, s: Snapshot, x: ArrayLike<number>) =>
  referenceOutputs(doc as TrainDoc, { weight: (id) => s.edges[id]!.weight, bias: (id) => s.nodes[id]!.param! }, x);

const accuracy = (predicted: Float32Array, rows: number[], y: (r: number) => number) =>
  rows.filter((r, i) => predicted[i] === y(r)).length / rows.length;

async function trained(doc: GraphDoc, steps: number): Promise<Snapshot> {
  const api = createWorkerApi();
  try {
    expect(await api.load(doc)).toMatchObject({ ok: true });
    return (await api.step(steps))!;
  } finally {
    api.dispose();
  }
}

/** Checks every prediction against an independent forward pass turned into a class by `decide`, and both accuracies against the predictions. */
function checkClassifier(doc: GraphDoc, s: Snapshot, decide: (outputs: number[]) => number): void {
  const { train, test, x, y } = rowsOf(doc);
  const p = s.predictions!;
  expect(p.train).toBeInstanceOf(Float32Array);
  expect(p.train.length).toBe(train.length);
  expect(p.test.length).toBe(test.length);
  const expected = (rows: number[]) => rows.map((r) => decide(outputsAt(doc, s, x(r))));
  expect(Array.from(p.train)).toEqual(expected(train));
  expect(Array.from(p.test)).toEqual(expected(test));
  expect(s.trainAccuracy).toBeCloseTo(accuracy(p.train, train, y), 12);
  if (test.length > 0) expect(s.testAccuracy).toBeCloseTo(accuracy(p.test, test, y), 12);
}

const argmax = (o: number[]) => o.indexOf(Math.max(...o));

describe("per-example predictions in snapshots", () => {
  test("max-margin, one output (moons MLP): the sign, and accuracies recomputed from them agree", async () => {
    const doc = createTemplate("moons-mlp");
    doc.data = { ...doc.data, testFraction: 0.3 } as GraphDoc["data"];
    const s = await trained(doc, 30);
    checkClassifier(doc, s, (o) => (o[0]! > 0 ? 1 : 0));
    expect(s.trainAccuracy).toBeGreaterThan(0.7);
  });

  test("sigmoid + BCE, one output: thresholded at 0.5 (not at 0: that would call every point class 1)", async () => {
    const doc = createTemplate("logistic-regression");
    doc.data = { ...doc.data, testFraction: 0.25 } as GraphDoc["data"];
    const s = await trained(doc, 5);
    checkClassifier(doc, s, (o) => (o[0]! > 0.5 ? 1 : 0));
    expect(new Set(s.predictions!.train).size).toBe(2);
  });

  test("three outputs with softmax cross-entropy: the argmax class", async () => {
    const doc = neuronMlp({
      title: "3 blobs",
      inputs: 2,
      layers: [{ units: 3, activation: "identity" }],
      loss: "softmax-ce",
      data: toyData("blobs", { n: 90, noise: 1.5, seed: 2, classes: 3, testFraction: 0.2 }),
      training: { optimizer: { kind: "adam", lr: 0.05 } },
      seed: 3,
    });
    const s = await trained(doc, 20);
    checkClassifier(doc, s, argmax);
    expect(new Set(s.predictions!.train).size).toBe(3);
  });

  test("regression: the predicted value per example", async () => {
    const doc = createTemplate("linear-regression");
    const s = await trained(doc, 10);
    const { train, x } = rowsOf(doc);
    const p = s.predictions!;
    expect(p.test.length).toBe(0);
    train.forEach((r, i) => expect(p.train[i]).toBeCloseTo(outputsAt(doc, s, x(r))[0]!, 5));
    expect(s.trainAccuracy).toBeUndefined();
  });

  test("expression graphs carry none; prediction buffers are in the transfer list", () => {
    expect(loadTape(createTemplate("abc"))).toMatchObject({ result: { ok: true } });
    const abc = loadTape(createTemplate("abc"));
    const moons = loadTape(createTemplate("moons-mlp"));
    if (!("loaded" in abc) || !("loaded" in moons)) throw new Error("templates should load");
    const view = {
      maxStepsPerSecond: Infinity,
      maxSnapshotsPerSecond: 30,
      boundaryResolution: 0,
      nodeMapResolution: 0,
    };
    expect(
      assembleSnapshot(tapeSnapshot(abc.loaded, view, undefined), { seq: 1, status: "idle", stepsPerSecond: 0 })
        .snapshot.predictions,
    ).toBeUndefined();
    const built = assembleSnapshot(tapeSnapshot(moons.loaded, view, undefined), {
      seq: 1,
      status: "idle",
      stepsPerSecond: 0,
    });
    expect(built.transfer).toContain(built.snapshot.predictions!.train.buffer);
    expect(built.transfer).toContain(built.snapshot.predictions!.test.buffer);
  });
});
