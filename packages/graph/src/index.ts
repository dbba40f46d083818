export type {
  ActivationName,
  DataChoice,
  DocEdge,
  DocNode,
  GraphDoc,
  GraphMode,
  LossName,
  NamesTextChoice,
  NoDataChoice,
  OptimizerSettings,
  ParamValue,
  Position,
  ScheduleSettings,
  StopSettings,
  TextDataChoice,
  ToyDataChoice,
  ToyName,
  TrainedState,
  TrainingSettings,
  WordsTextChoice,
} from "./schema/types.js";
export {
  GRAPH_DOC_VERSION,
  activationNames,
  graphModes,
  limits,
  lossNames,
  toyInfo,
  toyNames,
} from "./schema/constants.js";
export { graphDocSchema } from "./schema/doc-schema.js";
export { defaultTraining, namesData, toyData, wordsData } from "./schema/defaults.js";
export { runData, runRecordSchema, runsSchema } from "./schema/run-schema.js";
export type { RunCurve, RunData, RunMetrics, RunRecord } from "./schema/run-types.js";
export { boundCurve, downsampleIndices } from "./runs/bound.js";
export { runDifferences, runFacts, runName } from "./runs/describe.js";
export type { RunDifferences, RunFact } from "./runs/describe.js";
export { patchTraining } from "./schema/training-patch.js";
export { learningRateAt, scheduleDefaults } from "./schema/schedule.js";
export { stepsPerEpoch, stopStep } from "./schema/stop.js";
export { newNodeParams, wireDefaults } from "./defaults/new-node.js";
export { lossSuits, outputActivation, taskLoss, withData } from "./defaults/task-loss.js";
export type { TrainingPatch } from "./schema/training-patch.js";
export { parseCurrent } from "./schema/parse.js";
export { cleanText, hasControlCharacters } from "./schema/text.js";
export type { ParseResult } from "./schema/parse.js";
export { migrate } from "./schema/migrate.js";
export { hasErrors, problemMessages } from "./problems.js";
export type { Problem, ProblemCode } from "./problems.js";
export type {
  Arith,
  BooleanParamSpec,
  KindDisplay,
  EnumParamSpec,
  LayerSpecOut,
  NodeKindSpec,
  NumberParamSpec,
  ParamSpec,
  PortSpec,
  PortType,
  ScalarArgs,
  Shape,
  ShapeInput,
  ShapeResult,
} from "./kinds/types.js";
export { defaultParams, getKind, kindSymbol, nodeKinds } from "./kinds/registry.js";
export { glmEquivalence, glmLinks, oneNeuronGlm } from "./kinds/glm.js";
export type { GlmFamily, GlmLink, OneNeuronGlm } from "./kinds/glm.js";
export { createTemplate, templates } from "./templates/index.js";
export type { Template, TemplateId } from "./templates/index.js";
export { neuronMlp } from "./templates/networks.js";
export { isCountingBigram } from "./text/counting.js";
export { bigramWeights } from "./text/bigram-weights.js";
export { deepTanhMlp } from "./templates/deep-mlp.js";
export type { DeepMlpOptions } from "./templates/deep-mlp.js";
export { uniformGuessLoss } from "./uniform-loss.js";
export type { UniformGuess } from "./uniform-loss.js";
export type { MlpOptions } from "./templates/networks.js";
export { lessonPath } from "./templates/lesson-path.js";
export type { Lesson } from "./templates/lesson-path.js";
export { validate } from "./validate/index.js";
export { impliedMode, withMode } from "./mode.js";
export { effectiveLoss } from "./validate/roles.js";
export { canConnect } from "./connect.js";
export type { Connection, ConnectResult } from "./connect.js";
export { analyzeShapes, inferShapes } from "./shapes.js";
export type { ShapeAnalysis } from "./shapes.js";
export { compile } from "./compile/index.js";
export { initialWeight } from "./compile/init.js";
export { whyNotFinite } from "./compile/explain.js";
export type { Batch, CompileOptions, CompileResult, CompiledGraph, NonFinite } from "./compile/types.js";
export type { ParamOwner } from "./compile/plan.js";
export type { GraphRoles } from "./compile/roles.js";
export { GraphError } from "./problems.js";
export { exportTypeScript } from "./export/typescript.js";
export { exportPyTorch } from "./export/pytorch.js";
export type { ExportOptions, ExportResult } from "./export/shared.js";
export { decodeShareLink, encodeShareLink, shareLimits } from "./share/share.js";
export { formatNumber, formulaWithValues, wireFormulaWithValues } from "./formula.js";
export { expandLayer, expandLayers, maxExpandUnits } from "./zoom/expand-layers.js";
export { collapseToLayers } from "./zoom/collapse-layers.js";
export { expandNeuron } from "./zoom/expand-neuron.js";
export { collapseNeuron } from "./zoom/collapse-neuron.js";
export { collapseAll, collapseOps, expandAll } from "./zoom/zoom-all.js";
export { zoomActions } from "./zoom/actions.js";
export type { ZoomAction } from "./zoom/actions.js";
export type { ZoomResult } from "./zoom/values.js";
