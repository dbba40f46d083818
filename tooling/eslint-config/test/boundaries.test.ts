import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

async function ruleErrors(filePath: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe("portable libraries", () => {
  it("refuse Node built-ins and Node globals in library code, not in their tests", async () => {
    for (const name of ["datasets", "encoders", "autograd", "graph", "model-spec"]) {
      const file = `packages/${name}/src/a.ts`;
      const read = 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n';
      expect(await ruleErrors(file, read, "no-restricted-imports")).toEqual([
        expect.stringContaining("no Node built-ins"),
      ]);
      expect(
        await ruleErrors(file, 'import { join } from "path";\nexport const j = join;\n', "no-restricted-imports"),
      ).toHaveLength(1);
      expect(await ruleErrors(file, "export const env = process.env;\n", "no-restricted-globals")).toHaveLength(1);
      expect(await ruleErrors(`packages/${name}/src/a.test.ts`, read, "no-restricted-imports")).toEqual([]);
    }
    expect(
      await ruleErrors(
        "packages/runtime/src/node/a.ts",
        'import { Worker } from "node:worker_threads";\nexport const w = Worker;\n',
        "no-restricted-imports",
      ),
    ).toEqual([]);
  });
});

describe("import boundaries", () => {
  it("refuses tfjs on the editor's main thread but allows it in the worker folder", async () => {
    const code = 'import * as tf from "@tensorflow/tfjs";\nexport const t = tf;\n';
    expect(await boundaryErrors("apps/editor/src/App.tsx", code)).toEqual([expect.stringContaining("tfjs runs only")]);
    expect(await boundaryErrors("apps/editor/src/worker/train.worker.ts", code)).toEqual([]);
  });

  it("refuses react outside ui and apps", async () => {
    const code = 'import { useState } from "react";\nexport const s = useState;\n';
    expect(await boundaryErrors("packages/graph/src/doc.ts", code)).toEqual([
      expect.stringContaining("React and the DOM"),
    ]);
    expect(await boundaryErrors("packages/ui/src/Thing.tsx", code)).toEqual([]);
  });

  it("refuses upward imports between packages", async () => {
    const code = 'import { compile } from "@nudge/graph";\nexport const c = compile;\n';
    expect(await boundaryErrors("packages/autograd/src/value.ts", code)).toHaveLength(1);
    expect(await boundaryErrors("packages/runtime/src/client.ts", code)).toEqual([]);
  });

  it("lets graph use model-spec but neither models nor tfjs, so it installs without them", async () => {
    expect(
      await boundaryErrors(
        "packages/graph/src/a.ts",
        'import type { ModelSpec } from "@nudge/model-spec";\nexport type M = ModelSpec;\n',
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        "packages/graph/src/a.ts",
        'import { createMlp } from "@nudge/models";\nexport const m = createMlp;\n',
      ),
    ).toEqual([expect.stringContaining("installs without tfjs")]);
    expect(
      await boundaryErrors(
        "packages/graph/src/a.ts",
        'import * as tf from "@tensorflow/tfjs";\nexport const t = tf;\n',
      ),
    ).toEqual([expect.stringContaining("tfjs runs only")]);
  });

  it("keeps model-spec free of tfjs and of every package but datasets (its seeded generator draws initial weights)", async () => {
    expect(
      await boundaryErrors(
        "packages/model-spec/src/a.ts",
        'import { createRng } from "@nudge/datasets";\nexport const r = createRng;\n',
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        "packages/model-spec/src/a.ts",
        'import { compile } from "@nudge/graph";\nexport const c = compile;\n',
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "packages/model-spec/src/a.ts",
        'import { buildModel } from "@nudge/models";\nexport const b = buildModel;\n',
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "packages/model-spec/src/a.ts",
        'import * as tf from "@tensorflow/tfjs";\nexport const t = tf;\n',
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "packages/model-spec/src/a.ts",
        'import { errorMessages } from "./errors.js";\nexport const e = errorMessages;\n',
      ),
    ).toEqual([]);
  });

  it("keeps models, the runtime's worker entry and its Node entries off the editor's main thread", async () => {
    const cases: [string, string][] = [
      ['import { buildModel } from "@nudge/models";', "@nudge/models loads tfjs"],
      ['import { configureTrainerBackend } from "@nudge/runtime/worker";', "training worker's entry"],
      ['import { createNodeTrainer } from "@nudge/runtime/node";', "Node's worker_threads"],
      ['import "@nudge/runtime/node-worker";', "Node's worker_threads"],
    ];
    for (const [line, reason] of cases) {
      const code = `${line}\nexport {};\n`;
      expect(await boundaryErrors("apps/editor/src/training/create.ts", code)).toEqual([
        expect.stringContaining(reason),
      ]);
      expect(await boundaryErrors("apps/editor/test/store.test.ts", code)).toEqual([expect.stringContaining(reason)]);
      expect(await boundaryErrors("apps/editor/src/worker/train.worker.ts", code)).toEqual([]);
    }
  });

  it("lets the editor's main thread count bigrams with @nudge/models/bigram, whose files may not load tfjs", async () => {
    const code = 'import { countBigrams } from "@nudge/models/bigram";\nexport const c = countBigrams;\n';
    expect(await boundaryErrors("apps/editor/src/panels/text/CountingPanel.tsx", code)).toEqual([]);
    const tf = 'import * as tf from "@tensorflow/tfjs";\nexport const t = tf;\n';
    expect(await boundaryErrors("packages/models/src/language/bigram-table.ts", tf)).toEqual([
      expect.stringContaining("no tfjs here"),
    ]);
    expect(await boundaryErrors("packages/models/src/language/counting-bigram.ts", tf)).toEqual([]);
  });

  it("lets the editor's main thread use the runtime client, graph and model-spec", async () => {
    const code =
      'import { createTrainer } from "@nudge/runtime";\nimport { validate } from "@nudge/graph";\nimport type { ModelSpec } from "@nudge/model-spec";\nexport const x: [typeof createTrainer, typeof validate, ModelSpec?] = [createTrainer, validate];\n';
    expect(await boundaryErrors("apps/editor/src/App.tsx", code)).toEqual([]);
  });

  it("lets ui import runtime types but not runtime values", async () => {
    expect(
      await boundaryErrors(
        "packages/ui/src/A.tsx",
        'import type { Snapshot } from "@nudge/runtime";\nexport type S = Snapshot;\n',
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        "packages/ui/src/A.tsx",
        'import { createTrainer } from "@nudge/runtime";\nexport const c = createTrainer;\n',
      ),
    ).toHaveLength(1);
  });
});

describe("React hooks rules", () => {
  async function hookErrors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId?.startsWith("react-hooks/")).map((m) => m.ruleId!);
  }

  it("refuses a conditional hook and a missing effect dependency in ui and apps", async () => {
    const conditional =
      'import { useState } from "react";\nexport function A({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n';
    expect(await hookErrors("packages/ui/src/A.tsx", conditional)).toEqual(["react-hooks/rules-of-hooks"]);
    expect(await hookErrors("apps/editor/src/panels/A.tsx", conditional)).toEqual(["react-hooks/rules-of-hooks"]);
    const missing =
      'import { useEffect } from "react";\nexport function A({ n }: { n: number }) {\n  useEffect(() => console.log(n), []);\n  return null;\n}\n';
    expect(await hookErrors("packages/ui/src/A.tsx", missing)).toEqual(["react-hooks/exhaustive-deps"]);
  });

  it("allows hooks called unconditionally with their dependencies", async () => {
    const code =
      'import { useEffect, useState } from "react";\nexport function A({ n }: { n: number }) {\n  const [m] = useState(n);\n  useEffect(() => console.log(n, m), [n, m]);\n  return null;\n}\n';
    expect(await hookErrors("packages/ui/src/A.tsx", code)).toEqual([]);
    expect(await hookErrors("apps/editor/src/panels/A.tsx", code)).toEqual([]);
  });
});
