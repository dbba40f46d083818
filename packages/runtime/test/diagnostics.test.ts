import * as tf from "@tensorflow/tfjs";
import { makeToySplit } from "@nudge/datasets";
import { createTemplate, deepTanhMlp, toyData, type GraphDoc } from "@nudge/graph";
import { afterEach, describe, expect, test } from "vitest";
import { createWorkerApi } from "../src/worker/api.js";
import type { Diagnostics, Snapshot } from "../src/protocol.js";

// The worker's per-layer diagnostics against a direct tfjs computation on the same batch and weights.

let api: ReturnType<typeof createWorkerApi> | undefined;
afterEach(() => api?.dispose());

const deep = (init: string, last: string, width = 16): GraphDoc => {
  const doc = deepTanhMlp({
    title: "deep",
    data: toyData("moons", { n: 100, noise: 0.1 }),
    hidden: 5,
    width,
    head: { units: 1, activation: "sigmoid", loss: "bce" },
    batchNorm: false,
    training: { optimizer: { kind: "sgd", lr: 0.1 }, schedule: { kind: "constant" }, l2: 0, batchSize: "all" },
  });
  const nodes = doc.nodes.map((n) =>
    n.kind === "dense" ? { ...n, params: { ...n.params, init: n.id === "out" ? last : init } } : n,
  );
  return { ...doc, nodes };
};

/** Loads a document, records its initial weights and trains one step: the diagnostics of step 0's batch. */
async function firstStep(doc: GraphDoc): Promise<{ initial: Snapshot; after: Snapshot; diagnostics: Diagnostics }> {
  api = createWorkerApi();
  await api.update({ boundaryResolution: 0, nodeMapResolution: 0 });
  expect(await api.load(doc)).toMatchObject({ ok: true });
  const initial = (await api.reset())!;
  expect(initial.diagnostics).toBeUndefined();
  const after = (await api.step(1))!;
  return { initial, after, diagnostics: after.diagnostics! };
}

const std = (t: tf.Tensor) => Math.sqrt(tf.moments(t).variance.dataSync()[0]! * (t.size / (t.size - 1)));

describe("layer diagnostics in the worker", { timeout: 60_000 }, () => {
  test("match a direct tfjs forward and backward pass on the same batch (5 tanh layers, full batch)", async () => {
    const doc = deep("1", "0.1");
    const { initial, diagnostics } = await firstStep(doc);
    expect(diagnostics.step).toBe(0);
    expect(diagnostics.saturationThreshold).toBe(0.97);
    expect(diagnostics.layers.map((l) => l.nodeId)).toEqual(["d1", "d2", "d3", "d4", "d5", "out"]);

    const { dataset, train } = makeToySplit(doc.data as Parameters<typeof makeToySplit>[0]);
    const rows = Array.from(train);
    const x = tf.tensor2d(
      rows.flatMap((r) => [dataset.features[2 * r]!, dataset.features[2 * r + 1]!]),
      [rows.length, 2],
    );
    const y = tf.tensor1d(rows.map((r) => dataset.targets[r]!));
    // Parameters in the model's order: kernel [in, out] then bias, layer by layer.
    const shapes = [2, 16, 16, 16, 16, 16, 1];
    let at = 0;
    const take = (shape: number[]) => {
      const size = shape.reduce((a, b) => a * b, 1);
      const t = tf.tensor(Float32Array.from(initial.params.subarray(at, at + size)), shape);
      at += size;
      return t;
    };
    const layers = shapes.slice(1).map((units, i) => ({ W: take([shapes[i]!, units]), b: take([units]) }));
    expect(at).toBe(initial.params.length);
    const bce = (z: tf.Tensor) =>
      tf.mean(
        tf
          .relu(z)
          .sub(z.mul(y))
          .add(tf.log1p(tf.exp(tf.abs(z).neg()))),
      );
    /** The loss from layer k's output onward. */
    const lossFrom = (k: number, h: tf.Tensor): tf.Scalar => {
      for (let i = k + 1; i < layers.length; i++) {
        const z = h.matMul(layers[i]!.W).add(layers[i]!.b);
        h = i === layers.length - 1 ? z : tf.tanh(z);
      }
      return bce(h.reshape([-1])) as tf.Scalar;
    };
    const outputs: tf.Tensor[] = [];
    let h: tf.Tensor = x;
    layers.forEach(({ W, b }, i) => {
      const z = h.matMul(W).add(b);
      h = i === layers.length - 1 ? z : tf.tanh(z);
      outputs.push(h);
    });
    for (const [k, layer] of diagnostics.layers.entries()) {
      const out = outputs[k]!;
      const values = out.dataSync();
      expect(layer.activations.mean).toBeCloseTo(tf.mean(out).dataSync()[0]!, 5);
      expect(layer.activations.std).toBeCloseTo(std(out), 5);
      expect(layer.activations.counts.reduce((a, b) => a + b, 0)).toBe(values.length);
      const grad = tf.grad((t: tf.Tensor) => lossFrom(k, t))(out);
      expect(layer.gradients!.std / std(grad)).toBeCloseTo(1, 4);
      const dW = tf.grad((w: tf.Tensor) => {
        let hh: tf.Tensor = k === 0 ? x : outputs[k - 1]!;
        hh = hh.matMul(w).add(layers[k]!.b);
        return lossFrom(k, k === layers.length - 1 ? hh : tf.tanh(hh));
      })(layers[k]!.W);
      expect(layer.gradToData! / (std(dW) / std(layers[k]!.W))).toBeCloseTo(1, 4);
      if (k < layers.length - 1) {
        expect(layer.activation).toBe("tanh");
        const saturated = values.filter((v) => Math.abs(v) > 0.97).length / values.length;
        expect(layer.saturated).toBeCloseTo(saturated, 10);
        // tanh histograms span [-1, 1] in 40 bins
        const want = new Array<number>(40).fill(0);
        for (const v of values) want[Math.min(39, Math.floor((v + 1) / 0.05))]! += 1;
        const diff = Array.from(layer.activations.counts).map((c, i) => Math.abs(c - want[i]!));
        expect(Math.max(...diff)).toBeLessThanOrEqual(1);
      } else expect(layer.saturated).toBeUndefined();
    }
    tf.dispose([x, y, ...outputs, ...layers.flatMap((l) => [l.W, l.b])]);
  });

  test("update:data ratios accumulate per kernel over statistics steps and are transferred as typed arrays", async () => {
    const { after } = await firstStep(deep("kaiming", "0.1"));
    const later = (await api!.step(30))!;
    const { updates } = later.diagnostics!;
    expect(updates.nodeIds).toEqual(["d1", "d2", "d3", "d4", "d5", "out"]);
    // every 10th step of each run (step(1) ran step 0; step(30) ran steps 1–30)
    expect(Array.from(updates.steps)).toEqual([0, 1, 11, 21]);
    expect(updates.ratios).toBeInstanceOf(Float32Array);
    expect(updates.ratios.length).toBe(6 * 4);
    // Plain SGD: step 0's update is lr · gradient, so its update:data ratio is log10(0.1 · gradient:data).
    const first = after.diagnostics!;
    first.layers.forEach((l, i) => expect(updates.ratios[i * 4]).toBeCloseTo(Math.log10(0.1 * l.gradToData!), 4));
    expect(Array.from(updates.ratios).every(Number.isFinite)).toBe(true);
    expect(after.diagnostics!.updates.steps.length).toBe(1);
    expect((await api!.reset())!.diagnostics).toBeUndefined();
  });
});

describe(
  "makemore part 3's numbers on a 5-layer tanh net of 100 units (moons, from the editor's graph)",
  { timeout: 60_000 },
  () => {
    const saturation = (d: Diagnostics) => d.layers.filter((l) => l.activation === "tanh").map((l) => l.saturated!);

    test("init scale 1 saturates ≥ 50% of the deeper tanh layers at step 0; Kaiming keeps every layer ≤ 10%", async () => {
      const big = saturation((await firstStep(deep("1", "0.1", 100))).diagnostics);
      api!.dispose();
      const kaiming = saturation((await firstStep(deep("kaiming", "0.1", 100))).diagnostics);
      console.log(
        "saturation, init 1:",
        big.map((s) => s.toFixed(3)).join(" "),
        "kaiming:",
        kaiming.map((s) => s.toFixed(3)).join(" "),
      );
      expect(Math.min(...big.slice(1))).toBeGreaterThanOrEqual(0.5);
      expect(Math.max(...kaiming)).toBeLessThanOrEqual(0.1);
    });

    test("a good init starts within 0.1 of the uniform guess ln 2", async () => {
      const good = (await firstStep(deep("kaiming", "0.1", 100))).initial.loss;
      expect(Math.abs(good - Math.LN2)).toBeLessThan(0.1);
    });

    test("the BatchNorm template reports every layer, BatchNorm included, and trains to ≥ 90% (running statistics)", async () => {
      const { diagnostics } = await firstStep(createTemplate("moons-batchnorm"));
      expect(diagnostics.layers.map((l) => l.type).slice(0, 3)).toEqual(["dense", "batchnorm", "activation"]);
      expect(diagnostics.layers.filter((l) => l.activation === "tanh")).toHaveLength(5);
      const trained = (await api!.step(400))!;
      expect(trained.trainAccuracy).toBeGreaterThanOrEqual(0.9);
    });
  },
);

describe(
  "makemore part 3 on the names (the editor's deep MLP language model templates in the worker)",
  { timeout: 120_000 },
  () => {
    const withInit = (doc: GraphDoc, init: (id: string) => string | undefined): GraphDoc => ({
      ...doc,
      nodes: doc.nodes.map((n) =>
        n.kind === "dense" && init(n.id) ? { ...n, params: { ...n.params, init: init(n.id)! } } : n,
      ),
    });
    const uniform = Math.log(27); // 3.2958

    test("a good init starts within 0.1 of −ln(1/27); init scale 1 starts far above it (≥ 10 without BatchNorm)", async () => {
      const good = (await firstStep(createTemplate("deep-mlp-lm-batchnorm"))).initial.loss;
      api!.dispose();
      const lastOnly = (
        await firstStep(withInit(createTemplate("deep-mlp-lm-batchnorm"), (id) => (id === "out" ? "1" : undefined)))
      ).initial.loss;
      api!.dispose();
      const everywhere = (await firstStep(withInit(createTemplate("deep-mlp-lm"), () => "1"))).initial.loss;
      console.log(
        `first loss on the names: good init ${good.toFixed(4)}, BatchNorm net with last layer scale 1 ${lastOnly.toFixed(4)}, ` +
          `plain net with scale 1 everywhere ${everywhere.toFixed(4)}`,
      );
      expect(Math.abs(good - uniform)).toBeLessThan(0.1);
      // BatchNorm keeps the last layer's inputs at tanh(N(0, 1)) (std ≈ 0.63): logits of std ≈ 6, a first loss ≈ 2 × uniform
      expect(lastOnly).toBeGreaterThan(2 * uniform);
      // saturated hidden units (|h| ≈ 1) under N(0, 1) weights: logits of std ≈ 10, makemore's hockey stick
      expect(everywhere).toBeGreaterThanOrEqual(10);
    });

    test("without BatchNorm, init scale 1 saturates ≥ 50% of the first tanh layer at step 0", async () => {
      const big = (await firstStep(withInit(createTemplate("deep-mlp-lm"), () => "1"))).diagnostics;
      api!.dispose();
      const kaiming = (await firstStep(createTemplate("deep-mlp-lm"))).diagnostics;
      const sat = (d: Diagnostics) =>
        d.layers.filter((l) => l.activation === "tanh").map((l) => l.saturated!.toFixed(3));
      console.log(
        "saturation per tanh layer on the names, init 1:",
        sat(big).join(" "),
        "| Kaiming 5/3:",
        sat(kaiming).join(" "),
      );
      const tanhOf = (d: Diagnostics) => d.layers.filter((l) => l.activation === "tanh");
      expect(tanhOf(big)[0]!.saturated).toBeGreaterThanOrEqual(0.5);
      // Kaiming's gain 5/3 keeps the deeper layers low; the first layer sees unit-variance embeddings: about 20% in the lecture too
      expect(
        Math.max(
          ...tanhOf(kaiming)
            .slice(1)
            .map((l) => l.saturated!),
        ),
      ).toBeLessThanOrEqual(0.1);
    });
  },
);
