import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRng, makeTextSplit, makeToy, minibatch } from "@nudge/datasets";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/index.js";
import { createTemplate, templates } from "../templates/index.js";
import type { TemplateId } from "../templates/index.js";
import type { GraphDoc } from "../schema/types.js";
import { exportPyTorch } from "./pytorch.js";
import { pySampler, tsSampler } from "./sampler-code.js";
import { exportTypeScript } from "./typescript.js";
import { isCountingBigram } from "../text/counting.js";

// Training parity with the runtime (every template and variant, real PyTorch) is tested in
// packages/runtime/test/export-parity.test.ts; here: the programs' text, types and first losses.

/** Templates with a network to export (a counting bigram is only a table of counts). */
const exportable = (Object.keys(templates) as TemplateId[]).filter((id) => !isCountingBigram(createTemplate(id)));

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "test-results", "exports");

function write(name: string, code: string, ext = "ts"): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}-${process.pid}.${ext}`);
  writeFileSync(file, code);
  return file;
}

/** Type-checks exported programs with the TypeScript compiler (strict, plus noUncheckedIndexedAccess); errors in the files only. */
function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(
    [...files, write("console", "declare const console: { log(...data: unknown[]): void };\n")],
    {
      strict: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts"],
      types: [],
    },
  );
  const ours = new Set(files.map((f) => program.getSourceFile(f)));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || ours.has(d.file))
    .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

async function run(name: string, code: string): Promise<{ losses: number[]; grads?: number[] }> {
  const file = write(name, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { losses: number[]; grads?: number[] };
}

function nudgeFirstLoss(doc: GraphDoc): number {
  const result = compile(doc);
  if (!result.ok || result.kind !== "tape") throw new Error("compile failed");
  const data =
    doc.data.kind === "toy"
      ? makeToy(doc.data.name, { n: doc.data.n, noise: doc.data.noise, seed: doc.data.seed, classes: doc.data.classes })
      : undefined;
  if (data) result.graph.setBatch({ features: data.features, targets: data.targets, count: data.shape[0]! });
  return result.graph.forward();
}

/** Text graphs (language models) are exported to PyTorch only: TypeScript refuses them with a problem. */
const exported = (id: TemplateId) => createTemplate(id).data.kind !== "text";

const pythonOk = (code: string) =>
  spawnSync("python3", ["-c", "import ast,sys; ast.parse(sys.stdin.read())"], { input: code, encoding: "utf8" });

describe("the exported minibatch sampler", () => {
  const rows = Array.from({ length: 50 }, (_, i) => i);
  const cases = [0, 1, 9, 123456].map((step) => ({ step, seed: 1337, size: 16 }));
  const expected = cases.map(({ step, seed, size }) =>
    Array.from(minibatch(Int32Array.from(rows), size, { seed, step })),
  );

  it("in TypeScript draws the rows @nudge/datasets' minibatch draws", () => {
    const js = ts.transpileModule([...tsSampler, "return minibatch;"].join("\n"), {
      compilerOptions: { target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const sample = new Function(js)() as (rows: number[], size: number, seed: number, step: number) => number[];
    expect(cases.map(({ step, seed, size }) => sample(rows, size, createRng(seed).seed, step))).toEqual(expected);
  });

  it("in Python (uint32 mulberry32) draws the same rows", () => {
    const calls = cases.map(
      ({ step, seed, size }) => `minibatch(list(range(50)), ${size}, ${createRng(seed).seed}, ${step})`,
    );
    const script = [...pySampler, "", "import json", `print(json.dumps([${calls.join(", ")}]))`].join("\n");
    const result = spawnSync("python3", ["-c", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });
});

describe("exportTypeScript", { timeout: 20000 }, () => {
  const trained: TemplateId[] = ["moons-mlp", "xor", "linear-regression", "logistic-regression"];
  for (const id of trained) {
    it(`${id}: the self-contained program's first loss equals Nudge's`, async () => {
      const doc = createTemplate(id);
      const result = exportTypeScript(doc, { steps: 1 });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.code).not.toMatch(/from "|require\(/);
      const { losses } = await run(id, result.code);
      expect(losses).toHaveLength(2);
      expect(losses[0]).toBeCloseTo(nudgeFirstLoss(doc), 9);
    });
  }

  it("micrograd README: the exported expression prints g and its gradients", async () => {
    const result = exportTypeScript(createTemplate("micrograd-readme"));
    if (!result.ok) throw new Error("export failed");
    const { losses, grads } = await run("readme", result.code);
    expect(losses[0]).toBeCloseTo(24.7041, 4);
    expect(grads?.[0]).toBeCloseTo(138.8338, 4);
    expect(grads?.[1]).toBeCloseTo(645.5773, 4);
  });

  it("layer graphs export as dense layers of Values that train", async () => {
    const result = exportTypeScript(createTemplate("moons-layers"), { steps: 3 });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.code).toContain("const W2 = [");
    const { losses } = await run("layers", result.code);
    expect(losses).toHaveLength(4);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(losses[3]).toBeLessThan(losses[0]!);
  });

  it("takes its step count from the option, else the schedule's steps", () => {
    const doc = createTemplate("moons-mlp");
    const code = (steps?: number) => {
      const result = exportTypeScript(doc, steps === undefined ? {} : { steps });
      return result.ok ? result.code : "";
    };
    expect(code(7)).toContain("const steps = 7;");
    expect(code()).toContain(`const steps = ${doc.training.schedule.steps};`);
  });

  it("every template's program type-checks as strict TypeScript with no packages", () => {
    const files = exportable.filter(exported).map((id) => {
      const result = exportTypeScript(createTemplate(id));
      if (!result.ok) throw new Error(id);
      return write(`typed-${id}`, result.code);
    });
    const control = write("typed-control", 'export const v: number = "one";\n');
    const errors = typeErrors([...files, control]);
    expect(errors.length).toBe(1);
    expect(errors[0]).toContain("typed-control");
  }, 60000);

  it("refuses text graphs (language models) with a not-supported problem naming a node", () => {
    for (const id of exportable.filter((id) => !exported(id)))
      expect(exportTypeScript(createTemplate(id))).toMatchObject({
        ok: false,
        problems: [{ code: "not-supported", nodeId: expect.any(String) }],
      });
  });

  it("refuses an invalid document with its problems", () => {
    const doc = createTemplate("abc");
    doc.edges = [];
    expect(exportTypeScript(doc)).toMatchObject({ ok: false });
  });

  it("refuses a counting bigram, saying there is no network to export", () => {
    for (const result of [
      exportTypeScript(createTemplate("bigram-counting")),
      exportPyTorch(createTemplate("bigram-counting")),
    ])
      expect(result).toMatchObject({ ok: false, problems: [{ code: "counting-only" }] });
  });
});

/** BatchNorm inside a language model: the PyTorch text export does not write it yet (issue 14). */
const notYetInPyTorch: TemplateId[] = ["deep-mlp-lm-batchnorm"];

describe("exportPyTorch", { timeout: 20000 }, () => {
  it("refuses a language model with BatchNorm as not supported yet, naming the BatchNorm node", () => {
    for (const id of notYetInPyTorch)
      expect(exportPyTorch(createTemplate(id))).toMatchObject({
        ok: false,
        problems: [{ code: "not-supported", nodeId: expect.stringMatching(/^bn/) }],
      });
  });

  for (const t of exportable.filter((id) => !notYetInPyTorch.includes(id)).map((id) => templates[id])) {
    it(`${t.id}: the script parses as Python`, () => {
      const result = exportPyTorch(t.create());
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.code).toContain("import torch");
      const check = pythonOk(result.code);
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
    });
  }

  it("embeds a text graph's vocabulary and exactly the words Nudge trains on", () => {
    const doc = createTemplate("mlp-lm");
    const result = exportPyTorch(doc);
    const split = makeTextSplit(doc.data as Parameters<typeof makeTextSplit>[0]);
    expect(result.ok && result.code).toContain(`CHARS = ${JSON.stringify(split.vocab.chars)}`);
    expect(result.ok && result.code).toContain(`TRAIN_WORDS = ${JSON.stringify(split.train)}`);
    expect(result.ok && result.code).toContain("C0 = torch.nn.Parameter");
  });

  it("embeds exactly the rows Nudge trains on", () => {
    const doc = createTemplate("logistic-regression");
    const result = exportPyTorch(doc);
    const d = doc.data as { name: string; n: number; noise: number; seed: number; classes?: number };
    const data = makeToy(d.name, { n: d.n, noise: d.noise, seed: d.seed, classes: d.classes });
    expect(result.ok && result.code).toContain(`[${data.features[0]}, ${data.features[1]}],`);
  });
});

describe("exports and hostile text", { timeout: 20000 }, () => {
  it("a title with a line separator cannot start a new line of code", async () => {
    const doc = createTemplate("abc");
    doc.title = "x\u2028globalThis.pwned = 1; //";
    const ts = exportTypeScript(doc);
    const py = exportPyTorch(doc);
    if (!ts.ok || !py.ok) throw new Error("export failed");
    expect(ts.code).not.toMatch(/[\u2028\u2029]/);
    await run("hostile", ts.code);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    expect(pythonOk(py.code).status).toBe(0);
  });
});
