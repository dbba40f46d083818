import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTemplate } from "../templates/index.js";
import { limits } from "./constants.js";
import { defaultTraining, toyData } from "./defaults.js";
import { graphDocSchema } from "./doc-schema.js";
import { migrate } from "./migrate.js";
import { runData, runRecordSchema, runsSchema } from "./run-schema.js";
import type { RunRecord } from "./run-types.js";

const good = (id = "r1"): RunRecord => ({
  id,
  startedAt: 1_700_000_000_000,
  endedAt: 1_700_000_060_000,
  settings: defaultTraining(),
  data: toyData("moons"),
  parameterCount: 337,
  steps: 3,
  final: { loss: 0.2, trainAccuracy: 0.9 },
  curve: { step: [1, 2, 3], loss: [0.9, 0.5, 0.2], trainAccuracy: [0.5, null, 0.9] },
});

const refuses = (run: unknown) => expect(runRecordSchema.safeParse(run).success).toBe(false);

describe("runRecordSchema", () => {
  it("accepts a run and round-trips it through JSON", () => {
    const run = good();
    expect(runRecordSchema.parse(JSON.parse(JSON.stringify(run)))).toEqual(run);
  });

  it("refuses bad numbers, ragged or unordered curves and oversized ones", () => {
    const run = good();
    refuses({ ...run, curve: { ...run.curve, loss: [0.9, Number.NaN, 0.2] } });
    refuses({ ...run, curve: { ...run.curve, loss: [0.9, 0.5] } });
    refuses({ ...run, curve: { ...run.curve, step: [1, 3, 2] } });
    refuses({ ...run, curve: { ...run.curve, trainAccuracy: [0.5, 1.5, 0.9] } });
    const big = Array.from({ length: limits.maxRunPoints + 1 }, (_, i) => i);
    refuses({ ...run, curve: { step: big, loss: big } });
    refuses({ ...run, settings: { ...run.settings, optimizer: { kind: "sgd", lr: -1 } } });
    refuses({ ...run, name: "tab\there" });
    refuses({ ...run, id: "../../etc" });
    refuses({ ...run, parameterCount: 1.5 });
    refuses({ ...run, curve: "a string" });
    refuses(JSON.parse('{"__proto__": {"polluted": true}}'));
  });
});

describe("runs in a document", () => {
  const doc = createTemplate("moons-mlp");

  it("are optional, kept by migrate, and bounded in number with distinct ids", () => {
    expect(migrate(JSON.parse(JSON.stringify({ ...doc, runs: [good("a"), good("b")] })))).toEqual({
      ok: true,
      doc: { ...doc, runs: [good("a"), good("b")] },
    });
    expect(runsSchema.safeParse([good("a"), good("a")]).success).toBe(false);
    const many = Array.from({ length: limits.maxRuns + 1 }, (_, i) => good(`r${i}`));
    expect(runsSchema.safeParse(many).success).toBe(false);
  });

  it("make a document with a bad run refused at the run's path", () => {
    const res = migrate({ ...doc, runs: [good(), { ...good("b"), steps: -1 }] });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]!.path).toBe("runs.1.steps");
    expect(graphDocSchema.safeParse({ ...doc, trained: { step: 1, params: [], runId: "r1" } }).success).toBe(true);
  });
});

describe("runData", () => {
  it("names a word list instead of copying it, and keeps it readable by the schema", () => {
    const words = {
      kind: "text",
      source: "words",
      name: "genes",
      words: ["brca", "tp53"],
      seed: 3,
      fractions: [0.8, 0.1, 0.1],
    } as const;
    const kept = runData({ ...words, words: [...words.words], fractions: [0.8, 0.1, 0.1] });
    expect(kept).toEqual({ kind: "text", source: "words", name: "genes", seed: 3, fractions: [0.8, 0.1, 0.1] });
    expect(runRecordSchema.parse({ ...good(), data: kept }).data).toEqual(kept);
    expect(runRecordSchema.parse({ ...good(), data: { ...kept, words: ["x"] } }).data).toEqual(kept);
    const toy = toyData("moons");
    expect(runData(toy)).toBe(toy);
  });
});

describe("hostile runs", () => {
  const hostile = fc.oneof(
    fc.constantFrom(null, -1, 1.5, 1e308, Number.NaN, "", "\t", "constructor", "__proto__", [], {}, [[]]),
    fc.anything({ maxDepth: 2, withNullPrototype: true }),
  );
  const paths = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
    typeof v === "object" && v !== null
      ? [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k]))]
      : [at];

  it("are refused or read, never thrown, at any field of a run inside a document", () => {
    const doc = createTemplate("moons-mlp");
    fc.assert(
      fc.property(fc.nat(), hostile, (at, value) => {
        const run = JSON.parse(JSON.stringify(good())) as Record<string, unknown>;
        const all = paths(run).filter((p) => p.length > 0);
        const path = all[at % all.length]!;
        let target = run as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        target[path.at(-1)!] = value;
        const res = migrate({ ...doc, runs: [run] });
        if (!res.ok) expect(res.problems.every((p) => p.path?.startsWith("runs.0"))).toBe(true);
        else expect(runsSchema.safeParse(res.doc.runs).success).toBe(true);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});
