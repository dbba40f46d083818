import { createTemplate, type TrainingSettings } from "@nudge/graph";
import { expect, test } from "vitest";
import { createWorkerApi } from "../src/worker/api.js";
import type { Session, SessionKind } from "../src/worker/session.js";
import { sessionKinds } from "../src/worker/sessions.js";

/** A third kind of session, as a language-model session would be added: gradient descent on (p − 3)². */
function quadraticKind(seen: { training?: TrainingSettings }): SessionKind {
  return {
    accepts: (doc) => doc.title === "quadratic",
    async open(doc) {
      let p = 0;
      let step = 0;
      let training = doc.training;
      const session: Session = {
        name: "a quadratic",
        get step() {
          return step;
        },
        get training() {
          return training;
        },
        rows: 0,
        async run(control) {
          for (;;) {
            const until = control.stopAt();
            if (control.aborted || (until !== undefined && step >= until)) return undefined;
            p -= training.optimizer.lr * 2 * (p - 3);
            step++;
            control.progress();
            await new Promise((r) => setTimeout(r, 0));
          }
        },
        reset() {
          p = 0;
          step = 0;
        },
        update(next) {
          training = next;
          seen.training = next;
        },
        snapshot: () => ({
          step,
          loss: (p - 3) ** 2,
          learningRate: training.optimizer.lr,
          nodes: {},
          edges: {},
          params: Float64Array.of(p),
        }),
        dispose() {},
      };
      return { result: { ok: true, parameters: 1, samples: 0, nodes: 0 }, session };
    },
  };
}

test("a new kind of session plugs in through registration alone: train, update, reset, unsupported verbs", async () => {
  const seen: { training?: TrainingSettings } = {};
  const api = createWorkerApi({ sessions: [quadraticKind(seen), ...sessionKinds] });
  const doc = { ...createTemplate("abc"), title: "quadratic" };
  doc.training = { ...doc.training, optimizer: { kind: "sgd", lr: 0.25 } };
  expect(await api.load(doc)).toEqual({ ok: true, parameters: 1, samples: 0, nodes: 0 });
  const s = (await api.step(4))!;
  // p ← p − 0.25·2(p − 3) halves the distance to 3 each step: 3·(1 − 2^−4).
  expect(s.step).toBe(4);
  expect(s.params[0]).toBeCloseTo(3 * (1 - 1 / 16), 12);
  expect(s.status).toBe("paused");
  await api.update({ optimizer: { lr: 0.5 } });
  expect(seen.training?.optimizer.lr).toBe(0.5);
  await expect(api.update({ optimizer: { lr: 0 } })).rejects.toMatchObject({ code: "BAD_PARAM" });
  await expect(api.stepOp("forward")).rejects.toThrow(/Stepping one op at a time through a quadratic/);
  await expect(api.setParams({ nodes: { a: 1 } })).rejects.toThrow(/Editing single weights of a quadratic/);
  expect((await api.reset())!.step).toBe(0);
  // Other documents still go to the registered kinds.
  expect(await api.load(createTemplate("abc"))).toMatchObject({ ok: true });
  expect((await api.step(1))!.nodes).toHaveProperty("a");
  api.dispose();
});
