import * as tf from "@tensorflow/tfjs";
import { createRng } from "@nudge/datasets";
import type { ModelSource } from "../core/artifacts.js";
import { assignWeights, loadArtifacts, saveArtifacts } from "../core/artifacts.js";
import { runFit } from "../core/fit-loop.js";
import { ownedVariable } from "../core/init.js";
import type { FitOptions, FitResult } from "../core/types.js";
import { modelError } from "../errors.js";
import type { MixtureParams } from "./mixture-math.js";
import { mixtureLogDensity, readMixture } from "./mixture-math.js";

/** Options for {@link createGaussianMixture}. */
export interface GaussianMixtureOptions {
  dimensions: 1 | 2;
  /** Number of Gaussian components (default 2). */
  components?: number;
  seed?: number;
}

/** A Gaussian mixture density fitted by gradient descent on the negative log-likelihood. */
export interface GaussianMixture {
  readonly dimensions: 1 | 2;
  readonly components: number;
  /** Full-batch Adam (lr 0.05, 500 steps) on the mean NLL of `points` (row-major `[n, d]`). */
  fit(points: ArrayLike<number>, options?: FitOptions): Promise<FitResult>;
  /** log p(x) for each point. */
  logLikelihood(points: ArrayLike<number>): Float32Array;
  /** Mean log-likelihood per point (higher = the points look more like the training population). */
  evaluate(points: ArrayLike<number>): { meanLogLikelihood: number; count: number };
  /** Mixing weights, means and covariance matrices. */
  parameters(): { weights: number[]; means: number[][]; covariances: number[][][] };
  /** `count` points drawn from the mixture, row-major `[count, d]`. */
  sample(count: number, seed?: number): Float32Array;
  save(target?: tf.io.IOHandler | string): Promise<tf.io.ModelArtifacts>;
  dispose(): void;
}

class GaussianMixtureImpl implements GaussianMixture {
  constructor(
    readonly dimensions: 1 | 2,
    readonly components: number,
    readonly params: MixtureParams,
    private readonly seed: number,
  ) {}

  private upload(points: ArrayLike<number>): tf.Tensor2D {
    const d = this.dimensions;
    if (points.length === 0) throw modelError("DATA_EMPTY", "points");
    if (points.length % d !== 0)
      throw modelError("DATA_SHAPE", "points", `[n, ${d}] (a multiple of ${d} values)`, [points.length]);
    for (let i = 0; i < points.length; i++)
      if (!Number.isFinite(points[i])) throw modelError("DATA_NOT_FINITE", "points", i);
    return tf.tensor2d(Float32Array.from(points), [points.length / d, d]);
  }

  private initFrom(points: ArrayLike<number>): void {
    const d = this.dimensions;
    const n = points.length / d;
    const rng = createRng(this.seed);
    const means = Array.from({ length: this.components }, () => {
      const row = rng.int(n);
      return Array.from({ length: d }, (_, c) => points[row * d + c]!);
    });
    const spread = Array.from({ length: d }, (_, c) => {
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        s += points[i * d + c]!;
        s2 += points[i * d + c]! ** 2;
      }
      return Math.log(Math.sqrt(Math.max(s2 / n - (s / n) ** 2, 1e-6)) / Math.sqrt(this.components));
    });
    tf.tidy(() => {
      this.params.means.assign(tf.tensor2d(means));
      this.params.logScales.assign(tf.tensor2d(means.map(() => spread)));
      this.params.logits.assign(tf.zerosLike(this.params.logits));
      this.params.shears.assign(tf.zerosLike(this.params.shears));
    });
  }

  async fit(points: ArrayLike<number>, options: FitOptions = {}): Promise<FitResult> {
    const x = this.upload(points);
    this.initFrom(points);
    const trainable = [
      this.params.logits,
      this.params.means,
      this.params.logScales,
      ...(this.dimensions === 2 ? [this.params.shears] : []),
    ];
    try {
      return await runFit(
        {
          params: trainable,
          defaults: { steps: 500, learningRate: 0.05, optimizer: "adam" },
          loss: () => tf.neg(tf.mean(mixtureLogDensity(this.params, x))),
        },
        options,
      );
    } finally {
      x.dispose();
    }
  }

  logLikelihood(points: ArrayLike<number>): Float32Array {
    const x = this.upload(points);
    const ll = mixtureLogDensity(this.params, x);
    const values = ll.dataSync() as Float32Array;
    tf.dispose([x, ll]);
    return values;
  }

  evaluate(points: ArrayLike<number>) {
    const ll = this.logLikelihood(points);
    return { meanLogLikelihood: ll.reduce((a, b) => a + b, 0) / ll.length, count: ll.length };
  }

  parameters() {
    return readMixture(this.params, this.dimensions);
  }

  sample(count: number, seed = 0): Float32Array {
    const { weights, means, covariances } = this.parameters();
    const rng = createRng(seed);
    const d = this.dimensions;
    const out = new Float32Array(count * d);
    for (let i = 0; i < count; i++) {
      let u = rng.next();
      let j = 0;
      while (j < weights.length - 1 && u >= weights[j]!) u -= weights[j++]!;
      const [z1, z2] = [rng.normal(), rng.normal()];
      const c = covariances[j]!;
      const l11 = Math.sqrt(c[0]![0]!);
      out[i * d] = means[j]![0]! + l11 * z1;
      if (d === 2) {
        const l21 = c[1]![0]! / l11;
        out[i * d + 1] = means[j]![1]! + l21 * z1 + Math.sqrt(Math.max(c[1]![1]! - l21 * l21, 0)) * z2;
      }
    }
    return out;
  }

  save(target?: tf.io.IOHandler | string) {
    const { logits, means, logScales, shears } = this.params;
    const meta = { kind: "gaussian-mixture", dimensions: this.dimensions, components: this.components };
    return saveArtifacts(
      meta,
      Object.entries({ logits, means, logScales, shears }).map(([name, tensor]) => ({ name, tensor })),
      target,
    );
  }

  dispose() {
    Object.values(this.params).forEach((v: tf.Variable) => v.dispose());
  }
}

function makeParams(k: number, d: number): MixtureParams {
  return {
    logits: ownedVariable(tf.zeros([k])),
    means: ownedVariable(tf.zeros([k, d])),
    logScales: ownedVariable(tf.zeros([k, d])),
    shears: ownedVariable(tf.zeros([k])),
  };
}

/**
 * A 1-D or 2-D Gaussian mixture: the density task ("how likely is this observation?").
 *
 * @example
 * const gmm = createGaussianMixture({ dimensions: 1, components: 2 });
 * await gmm.fit(heights);
 * gmm.evaluate(otherHeights).meanLogLikelihood;
 */
export function createGaussianMixture(options: GaussianMixtureOptions): GaussianMixture {
  const k = options.components ?? 2;
  if (options.dimensions !== 1 && options.dimensions !== 2)
    throw modelError("OPTION_INVALID", "dimensions", "1 or 2", options.dimensions);
  if (!Number.isInteger(k) || k < 1) throw modelError("OPTION_INVALID", "components", "a whole number ≥ 1", k);
  return new GaussianMixtureImpl(options.dimensions, k, makeParams(k, options.dimensions), options.seed ?? 0);
}

/** Load a mixture saved with {@link GaussianMixture.save}. */
export async function loadGaussianMixture(source: ModelSource): Promise<GaussianMixture> {
  const { meta, weights } = await loadArtifacts(source, "gaussian-mixture");
  const model = createGaussianMixture({
    dimensions: meta.dimensions as 1 | 2,
    components: meta.components as number,
  }) as GaussianMixtureImpl;
  const { logits, means, logScales, shears } = model.params;
  assignWeights(
    Object.entries({ logits, means, logScales, shears }).map(([name, tensor]) => ({ name, tensor })),
    weights,
  );
  return model;
}
