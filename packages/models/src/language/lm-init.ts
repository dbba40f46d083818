import * as tf from "@tensorflow/tfjs";
import { createRng } from "@nudge/datasets";
import { normalTensor } from "../core/init.js";
import type { Network } from "../core/network.js";

/** How a character MLP starts: makemore part 2's `torch.randn` everywhere, or part 3's fixes. */
export type LmInit = "kaiming" | "randn";

/**
 * `"kaiming"`: hidden weights from the spec's Kaiming init times `scale`, output layer × 0.1 (a
 * less confident first softmax). `"randn"`: every dense weight and bias standard normal, as in
 * makemore part 2 (large first loss, the "hockey stick").
 */
export function applyLmInit(net: Network, init: LmInit, scale: number, seed: number): void {
  const last = net.layers.length - 1;
  const rng = createRng(seed + 1);
  tf.tidy(() =>
    net.layers.forEach((layer, i) => {
      if (net.spec.layers[i]!.type !== "dense") return;
      for (const p of layer.params) {
        if (init === "randn") p.assign(normalTensor(p.shape, rng));
        else if (p.rank === 2) p.assign(p.mul(i === last ? 0.1 : scale));
      }
    }),
  );
}
