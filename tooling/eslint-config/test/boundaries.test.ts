import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("import boundaries", () => {
  it("refuses tfjs on the editor's main thread but allows it in the worker folder", async () => {
    const code = 'import * as tf from "@tensorflow/tfjs";\nexport const t = tf;\n';
    expect(await boundaryErrors("apps/editor/src/App.tsx", code)).toEqual([expect.stringContaining("tfjs runs only")]);
    expect(await boundaryErrors("apps/editor/src/worker/train.worker.ts", code)).toEqual([]);
  });

  it("refuses react outside ui and apps", async () => {
    const code = 'import { useState } from "react";\nexport const s = useState;\n';
    expect(await boundaryErrors("packages/graph/src/doc.ts", code)).toEqual([expect.stringContaining("React and the DOM")]);
    expect(await boundaryErrors("packages/ui/src/Thing.tsx", code)).toEqual([]);
  });

  it("refuses upward imports between packages", async () => {
    const code = 'import { compile } from "@nudge/graph";\nexport const c = compile;\n';
    expect(await boundaryErrors("packages/autograd/src/value.ts", code)).toHaveLength(1);
    expect(await boundaryErrors("packages/runtime/src/client.ts", code)).toEqual([]);
  });

  it("lets graph use models/spec but not the tfjs half of models", async () => {
    expect(await boundaryErrors("packages/graph/src/a.ts", 'import type { ModelSpec } from "@nudge/models/spec";\nexport type M = ModelSpec;\n')).toEqual([]);
    expect(await boundaryErrors("packages/graph/src/a.ts", 'import { createMlp } from "@nudge/models";\nexport const m = createMlp;\n')).toEqual([
      expect.stringContaining("models/spec only"),
    ]);
  });

  it("lets ui import runtime types but not runtime values", async () => {
    expect(await boundaryErrors("packages/ui/src/A.tsx", 'import type { Snapshot } from "@nudge/runtime";\nexport type S = Snapshot;\n')).toEqual([]);
    expect(await boundaryErrors("packages/ui/src/A.tsx", 'import { createTrainer } from "@nudge/runtime";\nexport const c = createTrainer;\n')).toHaveLength(1);
  });
});
