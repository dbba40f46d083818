import type { DenseLayerSpec } from "@nudge/model-spec";
import type { ActivationName } from "../schema/types.js";
import type { EnumParamSpec } from "./types.js";

/** The initial-weight choices of a dense layer: Glorot (the default), scale 1, Kaiming, and Kaiming shrunk for a last layer. */
export const initScales = ["glorot", "1", "kaiming", "0.1", "0.01"] as const;

/** One of {@link initScales}. */
export type InitScale = (typeof initScales)[number];

const kaiming = "N(0, 1)·gain/√fan_in, gain 5/3 for tanh, √2 for relu, 1 otherwise";

/** The dense layer's "Init" parameter, with each choice's formula for the inspector. */
export const initParam: EnumParamSpec = {
  type: "enum",
  label: "Init",
  default: "glorot",
  options: initScales,
  help: {
    glorot: "W ~ U(−a, a), a = √(6/(fan_in + fan_out)) (Glorot, as Keras)",
    "1": "W ~ N(0, 1): scale 1, too big for a deep tanh net (saturation, a first loss far above −ln(1/K))",
    kaiming: `W ~ ${kaiming} (Kaiming)`,
    "0.1": `W ~ 0.1 · ${kaiming}: a less confident last layer`,
    "0.01": `W ~ 0.01 · ${kaiming}: a last layer that starts near a uniform guess`,
  },
};

/** The spec fields of an init choice for a dense layer with `activation`. */
export function initFields(choice: string, activation: ActivationName): Pick<DenseLayerSpec, "init" | "initScale"> {
  if (choice === "1") return { init: "normal" };
  if (choice !== "kaiming" && choice !== "0.1" && choice !== "0.01") return {};
  const init = activation === "tanh" ? "kaimingTanh" : activation === "relu" ? "heNormal" : "kaimingLinear";
  return choice === "kaiming" ? { init } : { init, initScale: Number(choice) };
}
