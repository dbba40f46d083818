import { createTemplate, graphDocSchema, toyData, type GraphDoc } from "@nudge/graph";
import { describe, expect, test } from "vitest";
import { createWorkerApi } from "../src/worker/api.js";
import { DIVERGENCE_FACTOR } from "../src/worker/divergence.js";

const api = () => createWorkerApi();

describe("divergence without NaN pauses like NaN, at a named node", () => {
  test("moons at lr 100: paused with NON_FINITE at the Loss node once the loss is a million times its start", async () => {
    const w = api();
    const doc = createTemplate("moons-mlp");
    doc.nodes.find((n) => n.id === "loss")!.label = "Hinge loss";
    doc.training.optimizer.lr = 100;
    doc.training.schedule = { kind: "constant" };
    expect(await w.load(doc)).toMatchObject({ ok: true });
    const start = (await w.reset())!.loss;
    const s = (await w.step(100_000))!;
    expect(s.status).toBe("paused");
    expect(s.step).toBeLessThan(100_000);
    expect(s.error).toMatchObject({ code: "NON_FINITE", nodeId: "loss", nodeName: "Hinge loss" });
    expect(s.error!.message).toMatch(
      /step \d+: the loss grew to .*times where it started.*learning rate at 100, likely too large .*try 10\).*"Hinge loss".*lower the learning rate/,
    );
    // The snapshot's loss is the loss at the parameters where training stopped (batch "all").
    expect(!Number.isFinite(s.loss) || Math.abs(s.loss) > DIVERGENCE_FACTOR * Math.max(1, start)).toBe(true);
    // One step earlier the loss was still within bounds: pausing was not premature.
    await w.reset();
    const before = (await w.step(s.step - 1))!;
    expect(before.status).toBe("paused");
    expect(before.error).toBeUndefined();
    expect(Math.abs(before.loss)).toBeLessThanOrEqual(DIVERGENCE_FACTOR * Math.max(1, start));
    w.dispose();
  });

  test("a NaN names the node by its label as well as its id", async () => {
    const w = api();
    const doc = createTemplate("micrograd-readme");
    const target = doc.nodes.find((n) => n.kind === "parameter")!;
    target.label = "my a";
    await w.load(doc);
    await w.setParams({ nodes: { [target.id]: 1e308 } });
    const s = (await w.step(1))!;
    expect(s.error).toMatchObject({ code: "NON_FINITE", nodeName: expect.any(String) });
    expect(s.error!.message).toContain(`"${s.error!.nodeName}"`);
    expect(s.error!.nodeName).toBe(doc.nodes.find((n) => n.id === s.error!.nodeId)!.label ?? s.error!.nodeId);
    w.dispose();
  });

  test("a layer graph that blows up pauses at its Loss node", async () => {
    const w = api();
    const doc = createTemplate("moons-layers");
    doc.training = { ...doc.training, optimizer: { kind: "sgd", lr: 100 }, schedule: { kind: "constant" } };
    expect(await w.load(doc)).toMatchObject({ ok: true });
    const s = (await w.step(2000))!;
    expect(s.status).toBe("paused");
    expect(s.step).toBeLessThan(2000);
    expect(s.error).toMatchObject({ code: "NON_FINITE", nodeId: "loss", nodeName: "loss" });
    expect(s.error!.message).toMatch(/learning rate at 100, .*try 10\)/);
    w.dispose();
  });
});

describe("classification losses on regression data are refused by @nudge/graph's validate", () => {
  const sineDoc = (loss: "bce" | "mse"): GraphDoc => {
    const doc = createTemplate("linear-regression");
    doc.data = toyData("sine");
    doc.nodes.find((n) => n.kind === "loss")!.params.fn = loss;
    doc.training.loss = loss;
    return doc;
  };

  test("BCE on sine: load refuses it at the Loss node with the reason", async () => {
    const w = api();
    const result = await w.load(sineDoc("bce"));
    expect(result).toMatchObject({ ok: false, problems: [{ code: "loss-needs-classes", nodeId: "loss" }] });
    expect(!result.ok && result.problems[0]!.message).toMatch(/regression set/);
    expect(await w.load(sineDoc("mse"))).toMatchObject({ ok: true });
    w.dispose();
  });

  test("without a Loss node, update({ loss: 'bce' }) on sine is refused naming the loss; mse stays", async () => {
    const w = api();
    const doc = sineDoc("mse");
    doc.nodes = doc.nodes.filter((n) => n.kind !== "loss");
    doc.edges = doc.edges.filter((e) => e.target !== "loss");
    expect(await w.load(doc)).toMatchObject({ ok: true });
    await expect(w.update({ loss: "bce" })).rejects.toMatchObject({
      code: "BAD_PARAM",
      message: expect.stringMatching(/"loss".*regression set/),
    });
    const s = (await w.step(3))!;
    expect(s.error).toBeUndefined();
    expect(Number.isFinite(s.loss) && s.loss >= 0).toBe(true);
    w.dispose();
  });
});

describe("training patches obey the document schema's bounds", () => {
  test("update accepts a patch exactly when @nudge/graph's document schema accepts the patched settings", async () => {
    const doc = createTemplate("xor");
    const patches: Record<string, unknown>[] = [
      { optimizer: { lr: 0 } },
      { optimizer: { lr: 1e-6 } },
      { optimizer: { lr: 100 } },
      { optimizer: { lr: 100.5 } },
      { optimizer: { momentum: 0.999 } },
      { optimizer: { momentum: 1 } },
      { optimizer: { kind: "adam" } },
      { optimizer: { kind: "lion" } },
      { l2: 0 },
      { l2: 10 },
      { l2: 10.5 },
      { l2: -1 },
      { batchSize: 1 },
      { batchSize: 0 },
      { batchSize: "all" },
      { batchSize: "half" },
      { schedule: { kind: "linear-decay", steps: 1 } },
      { schedule: { steps: 0 } },
      { schedule: { final: 101 } },
      { seed: 7 },
      { seed: 7.5 },
      { loss: "mse" },
      { loss: "hinge" },
    ];
    for (const patch of patches) {
      const w = api();
      await w.load(doc);
      const merged = {
        ...doc.training,
        ...patch,
        optimizer: { ...doc.training.optimizer, ...(patch.optimizer as object) },
        schedule: { ...doc.training.schedule, ...(patch.schedule as object) },
      };
      const expected = graphDocSchema.safeParse({ ...doc, training: merged }).success;
      const outcome = await w.update(patch).then(
        () => true,
        (e: { code?: string; message: string }) => {
          expect(e.code).toBe("BAD_PARAM");
          expect(e.message).toContain(`"${Object.keys(patch)[0]}`);
          return false;
        },
      );
      expect(outcome, JSON.stringify(patch)).toBe(expected);
      w.dispose();
    }
  });

  test("what is not a patch is refused with a named field, never a raw TypeError", async () => {
    const w = api();
    for (const bad of [null, "x", 3, { optimizer: "fast" }])
      await expect(w.update(bad as never)).rejects.toMatchObject({ code: "BAD_PARAM" });
    w.dispose();
  });
});
