export { Value } from "./value.js";
export { topologicalOrder, topologicalOrderOf, zeroGrad } from "./topo.js";
export { toGraph } from "./graph-data.js";
export type { GraphData, GraphEdge, GraphNode } from "./graph-data.js";
export { createStepper } from "./stepper.js";
export type { StepChange, StepEvent, StepPhase, Stepper } from "./stepper.js";
export { gradCheck } from "./grad-check.js";
export type { GradCheckResult } from "./grad-check.js";
export { compileTape } from "./tape/compile.js";
export type { TapeOptions } from "./tape/compile.js";
export { Tape } from "./tape/tape.js";
export type { BatchTape } from "./tape/batch-tape.js";
export { LEAF, ADD, MUL, POW, EXP, LOG, TANH, RELU, SIGMOID, DOT, opNames } from "./ops.js";
export { Module } from "./nn/module.js";
export { Neuron } from "./nn/neuron.js";
export type { NeuronOptions } from "./nn/neuron.js";
export { Layer } from "./nn/layer.js";
export type { LayerOptions } from "./nn/layer.js";
export { MLP } from "./nn/mlp.js";
export type { MLPOptions } from "./nn/mlp.js";
export type { Activation, Init, InitOptions } from "./nn/init.js";
export { createRng } from "./rng.js";
export type { Rng } from "./rng.js";
export {
  bceWithLogits,
  l2,
  logSoftmax,
  logSumExp,
  maxMargin,
  mean,
  mse,
  nll,
  softmaxCrossEntropy,
  sum,
} from "./losses.js";
export { Adam, SGD } from "./optim.js";
export type { AdamOptions, Params, SGDOptions, SlotParams } from "./optim.js";
export { AutogradError, errorMessages } from "./errors.js";
export type { AutogradErrorCode } from "./errors.js";
