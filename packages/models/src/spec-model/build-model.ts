import * as tf from "@tensorflow/tfjs";
import type { ModelSource } from "../core/artifacts.js";
import { assignWeights, loadArtifacts, saveArtifacts } from "../core/artifacts.js";
import { runFit, type LoopSpec } from "../core/fit-loop.js";
import { lossFromRaw } from "../core/losses.js";
import { createNetwork } from "../core/network.js";
import type { Network } from "../core/network.js";
import type { ArrayData } from "../core/tensor-data.js";
import { sampleRows, toTensors } from "../core/tensor-data.js";
import { checkSpecData } from "../core/check-data.js";
import type { FitOptions, FitResult } from "../core/types.js";
import { modelError } from "../errors.js";
import type { ModelSpec } from "@nudge/model-spec";
import { validateModelSpec } from "@nudge/model-spec";

/** Loss and, for classification, accuracy on a data set. */
export interface Evaluation {
  loss: number;
  accuracy?: number;
}

/** A weight tensor copied out of the model. */
export interface WeightValues {
  name: string;
  shape: number[];
  values: Float32Array;
}

/** A trainable network built from a {@link ModelSpec}. */
export interface SpecModel {
  readonly spec: ModelSpec;
  fit(data: ArrayData, options?: FitOptions): Promise<FitResult>;
  /** Outputs per example, flat: probabilities (cross-entropies), rates (Poisson) or values. */
  predict(features: ArrayLike<number>): Float32Array;
  evaluate(data: ArrayData): Evaluation;
  weights(): WeightValues[];
  /** Sets every weight from one flat array in the order of `weights()` (a kept run's parameters); the optimiser starts afresh. */
  setWeights(values: ArrayLike<number>): void;
  save(target?: tf.io.IOHandler | string): Promise<tf.io.ModelArtifacts>;
  dispose(): void;
}

const kind = "spec-model";

/** Whether the first layer reads integer ids (characters) rather than numbers. */
const takesIds = (spec: ModelSpec) => spec.layers[0]!.type === "embedding" || spec.layers[0]!.type === "oneHot";

class SpecModelImpl implements SpecModel {
  private disposed = false;
  private readonly kept: NonNullable<LoopSpec["kept"]> = {};
  constructor(
    readonly spec: ModelSpec,
    readonly net: Network,
    private readonly outWidth: number,
  ) {}

  private shapes(data: ArrayData) {
    checkSpecData(this.spec, data.features, data.targets, this.outWidth);
    const classes = this.spec.loss === "crossEntropy";
    const outWidth = this.spec.loss === "mse" ? this.outWidth : 1;
    return toTensors(data, this.spec.input.shape, {
      intFeatures: takesIds(this.spec),
      intTargets: classes,
      targetWidth: outWidth,
    });
  }

  private live(): void {
    if (this.disposed) throw modelError("MODEL_DISPOSED");
  }

  async fit(data: ArrayData, options: FitOptions = {}): Promise<FitResult> {
    this.live();
    const { x, y, n } = this.shapes(data);
    const batch = options.batchSize === undefined || options.batchSize === "all" ? n : Math.min(options.batchSize, n);
    try {
      return await runFit(
        {
          params: this.net.params,
          layers: this.net.layers,
          kept: this.kept,
          defaults: { steps: 100, learningRate: 0.1, optimizer: "sgd" },
          metrics: () => {
            const { loss, accuracy } = this.evaluate(data);
            const out: Record<string, number> = { trainLoss: loss };
            if (accuracy !== undefined) out.trainAccuracy = accuracy;
            return out;
          },
          loss: (step, ctx, random) => {
            const given = options.batchRows?.(step);
            if (given === undefined && batch === n) return lossFromRaw(this.spec.loss, this.net.raw(x, ctx), y);
            const rows =
              given === undefined ? sampleRows(n, batch, random) : tf.tensor1d(Int32Array.from(given), "int32");
            return lossFromRaw(this.spec.loss, this.net.raw(tf.gather(x, rows), ctx), tf.gather(y, rows));
          },
        },
        options,
      );
    } finally {
      x.dispose();
      y.dispose();
    }
  }

  predict(features: ArrayLike<number>): Float32Array {
    this.live();
    checkSpecData(this.spec, features, [], this.outWidth);
    const width = this.spec.input.shape.reduce((a, b) => a * b, 1);
    const { x } = toTensors(
      { features, targets: new Float32Array(Math.floor(features.length / width)) },
      this.spec.input.shape,
      {
        intFeatures: takesIds(this.spec),
      },
    );
    const out = this.net.predict(x);
    const values = out.dataSync() as Float32Array;
    x.dispose();
    out.dispose();
    return values;
  }

  evaluate(data: ArrayData): Evaluation {
    this.live();
    const { x, y } = this.shapes(data);
    const [loss, accuracy] = tf.tidy(() => {
      const raw = this.net.raw(x, { training: false });
      const l = lossFromRaw(this.spec.loss, raw, y).dataSync()[0]!;
      if (this.spec.task !== "classification") return [l, undefined];
      const hits =
        this.spec.loss === "crossEntropy"
          ? tf.equal(tf.argMax(raw.reshape([raw.shape[0]!, -1]), 1), y.toInt())
          : tf.equal(tf.greater(raw.reshape([-1]), 0), tf.greater(y, 0.5));
      return [l, tf.mean(hits.toFloat()).dataSync()[0]!];
    });
    x.dispose();
    y.dispose();
    return accuracy === undefined ? { loss } : { loss, accuracy };
  }

  weights(): WeightValues[] {
    this.live();
    return this.net
      .namedWeights()
      .map(({ name, tensor }) => ({ name, shape: tensor.shape, values: tensor.dataSync() as Float32Array }));
  }

  setWeights(values: ArrayLike<number>): void {
    this.live();
    const targets = this.net.namedWeights();
    const size = targets.reduce((n, { tensor }) => n + tensor.size, 0);
    if (values.length !== size) throw modelError("SAVED_MISMATCH", `${values.length} values for ${size} weights`);
    for (let i = 0; i < size; i++)
      if (!Number.isFinite(values[i]))
        throw modelError("SAVED_MISMATCH", `value ${i} is ${values[i]}, not a finite number`);
    let at = 0;
    for (const { tensor } of targets) {
      const part = Float32Array.from({ length: tensor.size }, (_, i) => values[at + i]!);
      tf.tidy(() => tensor.assign(tf.tensor(part, tensor.shape)));
      at += tensor.size;
    }
    this.kept.optimizer?.value.dispose();
    delete this.kept.optimizer;
  }

  save(target?: tf.io.IOHandler | string): Promise<tf.io.ModelArtifacts> {
    this.live();
    return saveArtifacts({ kind, spec: this.spec }, this.net.namedWeights(), target);
  }

  dispose(): void {
    if (!this.disposed) {
      this.net.dispose();
      this.kept.optimizer?.value.dispose();
    }
    this.disposed = true;
  }
}

/**
 * Validate a spec and build its network with seeded initial weights.
 *
 * @example
 * const model = buildModel({ version: 1, input: { shape: [2] }, task: "regression", loss: "mse",
 *   layers: [{ type: "dense", units: 1 }] });
 * await model.fit({ features: [0, 0, 1, 1], targets: [0, 2] }, { steps: 50 });
 */
export function buildModel(spec: ModelSpec, options: { seed?: number } = {}): SpecModel {
  const checked = validateModelSpec(spec);
  if (!checked.ok) throw modelError("SPEC_INVALID", checked.problems);
  const outWidth = checked.shapes[checked.shapes.length - 1]![0]!;
  return new SpecModelImpl(checked.spec, createNetwork(checked.spec, options.seed ?? 0), outWidth);
}

/** Rebuild a model saved with {@link SpecModel.save}. */
export async function loadModel(source: ModelSource): Promise<SpecModel> {
  const { meta, weights } = await loadArtifacts(source, kind);
  const model = buildModel(meta.spec as ModelSpec) as SpecModelImpl;
  assignWeights(model.net.namedWeights(), weights);
  return model;
}
