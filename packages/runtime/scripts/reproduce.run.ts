import { createTemplate } from "@nudge/graph";
import { expect, it } from "vitest";
import { createWorkerApi } from "../src/worker/api.js";

// makemore 2 from the editor's graph: the "MLP language model" template trained through the worker api
// as the editor trains it (context 3, embedding 10, 200 tanh, batch 32, SGD 0.1 decaying to 0.01).
// NUDGE_STEPS shortens the run (default: the lecture's 200,000 steps). Lecture: train 2.12, dev 2.17.
const steps = Number(process.env.NUDGE_STEPS ?? 200_000);
const chunk = 10_000;

it("reproduces makemore 2's dev loss from the editor's MLP language model graph", async () => {
  const api = createWorkerApi();
  try {
    const doc = createTemplate("mlp-lm");
    expect(await api.load(doc)).toMatchObject({ ok: true });
    const t0 = performance.now();
    for (let done = 0; done < steps;) {
      const n = Math.min(chunk, steps - done);
      const s = (await api.step(n))!;
      done += n;
      const seconds = (performance.now() - t0) / 1000;
      console.log(
        `step ${s.step}: train ${s.loss.toFixed(4)}, dev ${s.devLoss?.toFixed(4)}, lr ${s.learningRate.toFixed(4)}, ${(s.step / seconds).toFixed(0)} steps/s`,
      );
    }
    const last = (await api.step(1))!;
    console.log(`MLP language model (editor graph), ${steps} steps: dev ${last.devLoss?.toFixed(4)} (lecture 2.17)`);
    console.log(`samples: ${last.samples?.join(", ")}`);
  } finally {
    api.dispose();
  }
});
