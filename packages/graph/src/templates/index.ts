import type { GraphDoc } from "../schema/types.js";
import { moonsBatchNorm, namesDeepMlp } from "./deep-mlp.js";
import { abcExpression, microgradNeuron, microgradReadme } from "./expressions.js";
import {
  curveFit,
  linearRegression,
  logisticRegression,
  moonsLayers,
  poissonRegression,
  moonsMlp,
  moonsSmall,
  spiralNetwork,
  xorNetwork,
} from "./networks.js";
import { countingBigram } from "./text.js";
import { mlpLanguageModel, neuralBigram } from "./language.js";

/** A starting document for the editor: a fresh copy on every `create()`. */
export interface Template {
  id: TemplateId;
  title: string;
  hint: string;
  create(): GraphDoc;
}

/** The ids of the shipped templates. */
export type TemplateId =
  | "moons-small"
  | "curve-fit"
  | "micrograd-readme"
  | "abc"
  | "micrograd-neuron"
  | "moons-mlp"
  | "xor"
  | "spiral"
  | "linear-regression"
  | "logistic-regression"
  | "poisson-regression"
  | "moons-layers"
  | "bigram-counting"
  | "bigram-neural"
  | "mlp-lm"
  | "moons-batchnorm"
  | "deep-mlp-lm-batchnorm"
  | "deep-mlp-lm";

const t = (id: TemplateId, hint: string, create: () => GraphDoc): Template => ({
  id,
  title: create().title,
  hint,
  create,
});

/** The shipped templates, in the course's order. */
export const templates: Readonly<Record<TemplateId, Template>> = {
  "moons-small": t("moons-small", "Press Play to train; drag from the palette to add a neuron.", moonsSmall),
  "curve-fit": t(
    "curve-fit",
    "Each tanh neuron is one bend: press Play and watch four of them add up to a sine wave.",
    curveFit,
  ),
  abc: t("abc", "Press Forward, then Backward: which input moves the output most?", abcExpression),
  "micrograd-neuron": t(
    "micrograd-neuron",
    "Step backward one op at a time and check x1's gradient by hand.",
    microgradNeuron,
  ),
  "micrograd-readme": t(
    "micrograd-readme",
    "Forward gives g = 24.7041; backward gives dg/da = 138.8338.",
    microgradReadme,
  ),
  "moons-mlp": t("moons-mlp", "Press Play and watch the decision boundary wrap around the moons.", moonsMlp),
  xor: t(
    "xor",
    "No single line separates XOR: each hidden neuron's output map is one cut. Delete some and see when it stalls.",
    xorNetwork,
  ),
  spiral: t(
    "spiral",
    "Three classes, one output each: softmax picks the largest. Read the 3×3 confusion matrix.",
    spiralNetwork,
  ),
  "linear-regression": t(
    "linear-regression",
    "One neuron with the identity link and MSE is linear regression: it fits a straight line.",
    linearRegression,
  ),
  "logistic-regression": t(
    "logistic-regression",
    "One neuron with the sigmoid link and BCE is logistic regression: its boundary is a straight line.",
    logisticRegression,
  ),
  "poisson-regression": t(
    "poisson-regression",
    "One neuron with the exp link and the Poisson NLL is Poisson regression: it predicts a rate of counts.",
    poissonRegression,
  ),
  "moons-layers": t("moons-layers", "The same MLP as layers: it trains with tfjs in the worker.", moonsLayers),
  "bigram-counting": t(
    "bigram-counting",
    "Count which letter follows which in 32,257 names: click a row, press Sample, type a name to see how likely it is.",
    countingBigram,
  ),
  "bigram-neural": t(
    "bigram-neural",
    "One-hot previous character × W, softmax, NLL: press Play and watch the loss reach the counting bigram's 2.45.",
    neuralBigram,
  ),
  "mlp-lm": t(
    "mlp-lm",
    "Three characters of context, each a learned 10-number vector: press Play and watch the dev loss fall below the bigram's.",
    mlpLanguageModel,
  ),
  "moons-batchnorm": t(
    "moons-batchnorm",
    "Five tanh layers with BatchNorm: open Diagnostics, then set a Dense layer's Init to 1 and Reset to see saturation.",
    moonsBatchNorm,
  ),
  "deep-mlp-lm-batchnorm": t(
    "deep-mlp-lm-batchnorm",
    "makemore 3: five tanh layers of 100 with BatchNorm. Open Diagnostics and press Play; set the last layer's Init to 1 and Reset: the first loss jumps far above −ln(1/27).",
    () => namesDeepMlp(true),
  ),
  "deep-mlp-lm": t(
    "deep-mlp-lm",
    "The same five tanh layers without BatchNorm: compare its Diagnostics and loss with the BatchNorm one; set the Dense layers' Init to 1 to see them saturate.",
    () => namesDeepMlp(false),
  ),
};

/** A fresh copy of a template's document. */
export function createTemplate(id: TemplateId): GraphDoc {
  return templates[id].create();
}
