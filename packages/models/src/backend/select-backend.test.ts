import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { conv1dIm2col } from "../core/conv1d.js";
import { denseMatMul } from "../core/dense.js";
import { embeddingLookup } from "../core/embedding.js";
import type { BackendName } from "./select-backend.js";
import { defaultBackendOrder, firstThatStarts, selectBackend } from "./select-backend.js";

function embeddingGrad(useCustom: boolean): number[] {
  return tf.tidy(() => {
    const table = tf.tensor2d(
      Array.from({ length: 27 * 4 }, (_, i) => Math.sin(i)),
      [27, 4],
    );
    const ids = tf.tensor2d(
      [
        [0, 5, 5],
        [26, 1, 0],
      ],
      [2, 3],
      "int32",
    );
    const weights = tf.tensor3d(
      Array.from({ length: 24 }, (_, i) => Math.cos(i)),
      [2, 3, 4],
    );
    const f = (t: tf.Tensor) =>
      (useCustom ? embeddingLookup(t as tf.Tensor2D, ids) : tf.gather(t, ids)).mul(weights).sum() as tf.Scalar;
    return Array.from(tf.grad(f)(table).dataSync());
  });
}

function convGrads(useCustom: boolean, stride: number, padding: "valid" | "same"): number[] {
  return tf.tidy(() => {
    const x = tf.tensor3d(
      Array.from({ length: 2 * 9 * 4 }, (_, i) => Math.sin(0.7 * i)),
      [2, 9, 4],
    );
    const k = tf.tensor3d(
      Array.from({ length: 3 * 4 * 5 }, (_, i) => Math.cos(0.3 * i)),
      [3, 4, 5],
    );
    const f = (a: tf.Tensor, b: tf.Tensor) => {
      const y = useCustom
        ? conv1dIm2col(a as tf.Tensor3D, b as tf.Tensor3D, stride, padding)
        : tf.conv1d(a as tf.Tensor3D, b as tf.Tensor3D, stride, padding);
      return y.square().sum() as tf.Scalar;
    };
    const [ga, gb] = tf.grads(f)([x, k]);
    return [...ga!.dataSync(), ...gb!.dataSync(), f(x, k).dataSync()[0]!];
  });
}

describe("selectBackend", () => {
  it("reports wasm by default and skips what is not offered", async () => {
    const report = await selectBackend({ prefer: ["webgl", "wasm", "cpu"] });
    expect(report.name).toBe("wasm");
    expect(report.attempts[0]).toMatchObject({ name: "webgl", ok: false });
    expect(report.simd).toBe(true);
    expect(await selectBackend()).toMatchObject({ name: "wasm" });
  });

  it("by default switches to wasm, the fastest backend here, even when another one is active", async () => {
    await selectBackend({ prefer: ["cpu"] });
    expect(tf.getBackend()).toBe("cpu");
    const report = await selectBackend();
    expect(report).toMatchObject({ name: "wasm", attempts: [{ name: "wasm", ok: true }] });
    expect(tf.getBackend()).toBe("wasm");
  });

  it("tries the default order wasm, webgl, cpu and falls back past backends that fail", async () => {
    expect(defaultBackendOrder).toEqual(["wasm", "webgl", "cpu"]);
    const fake = (fails: BackendName[]) => {
      const tried: BackendName[] = [];
      const start = async (name: BackendName) => (tried.push(name), fails.includes(name) ? `${name} broke` : undefined);
      return { tried, start };
    };
    const browser = fake([]);
    expect((await firstThatStarts(defaultBackendOrder, browser.start))?.name).toBe("wasm");
    expect(browser.tried).toEqual(["wasm"]);
    const noWasm = fake(["wasm"]);
    expect(await firstThatStarts(defaultBackendOrder, noWasm.start)).toEqual({
      name: "webgl",
      attempts: [
        { name: "wasm", ok: false, reason: "wasm broke" },
        { name: "webgl", ok: true },
      ],
    });
    expect((await firstThatStarts(defaultBackendOrder, fake(["wasm", "webgl"]).start))?.name).toBe("cpu");
    expect(await firstThatStarts(defaultBackendOrder, fake(["wasm", "webgl", "cpu"]).start)).toBeUndefined();
  });

  it("fails with a clear message when nothing starts", async () => {
    await expect(selectBackend({ prefer: ["webgl"] })).rejects.toThrow(/No tfjs backend could start/);
  });
});

function denseGrads(useCustom: boolean, bias: boolean): number[] {
  return tf.tidy(() => {
    const x = tf.tensor2d(
      Array.from({ length: 5 * 7 }, (_, i) => Math.sin(0.9 * i)),
      [5, 7],
    );
    const w = tf.tensor2d(
      Array.from({ length: 7 * 3 }, (_, i) => Math.cos(0.4 * i)),
      [7, 3],
    );
    const b = tf.tensor1d([0.3, -0.2, 0.1]);
    const f = (a: tf.Tensor, k: tf.Tensor, c?: tf.Tensor) => {
      const [a2, k2] = [a as tf.Tensor2D, k as tf.Tensor2D];
      const y = useCustom ? denseMatMul(a2, k2, c) : tf.fused.matMul({ a: a2, b: k2, bias: c });
      return y.tanh().square().sum() as tf.Scalar;
    };
    return tf
      .grads(f)(bias ? [x, w, b] : [x, w])
      .flatMap((g) => [...g.dataSync()]);
  });
}

describe("wasm-safe gradients match tfjs-cpu's own kernels", () => {
  it("dense: explicit-transpose gradients equal cpu's fused matMul gradients", async () => {
    for (const bias of [true, false]) {
      await selectBackend({ prefer: ["cpu"] });
      const reference = denseGrads(false, bias);
      await selectBackend({ prefer: ["wasm"] });
      const ours = denseGrads(true, bias);
      expect(ours.length).toBe(reference.length);
      ours.forEach((v, i) => expect(v).toBeCloseTo(reference[i]!, 4));
    }
  });

  it("embedding lookup: the one-hot gradient equals cpu's gather gradient", async () => {
    await selectBackend({ prefer: ["cpu"] });
    const reference = embeddingGrad(false);
    await selectBackend({ prefer: ["wasm"] });
    const ours = embeddingGrad(true);
    ours.forEach((v, i) => expect(v).toBeCloseTo(reference[i]!, 5));
    expect(() => embeddingGrad(false)).toThrow(/UnsortedSegmentSum/);
  });

  it("conv1d: im2col values and gradients equal cpu's tf.conv1d", async () => {
    for (const [stride, padding] of [
      [1, "valid"],
      [2, "valid"],
      [2, "same"],
      [1, "same"],
    ] as const) {
      await selectBackend({ prefer: ["cpu"] });
      const reference = convGrads(false, stride, padding);
      await selectBackend({ prefer: ["wasm"] });
      const ours = convGrads(true, stride, padding);
      expect(ours.length).toBe(reference.length);
      ours.forEach((v, i) => expect(v).toBeCloseTo(reference[i]!, 3));
    }
  });
});
