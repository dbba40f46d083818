import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { makeToy } from "@nudge/datasets";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/index.js";
import { createTemplate, templates } from "../templates/index.js";
import type { TemplateId } from "../templates/index.js";
import type { GraphDoc } from "../schema/types.js";
import { exportPyTorch } from "./pytorch.js";
import { exportTypeScript } from "./typescript.js";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "test-results", "exports");

function write(name: string, code: string): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}-${process.pid}.ts`);
  writeFileSync(file, code);
  return file;
}

/** Type-checks exported programs with the TypeScript compiler (strict, plus noUncheckedIndexedAccess); errors in the files only. */
function typeErrors(files: string[]): string[] {
  const program = ts.createProgram([...files, write("console", "declare const console: { log(...data: unknown[]): void };\n")], {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ["source"],
    lib: ["lib.es2022.d.ts"],
    types: [],
  });
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
  const data = doc.data.kind === "toy" ? makeToy(doc.data.name, { n: doc.data.n, noise: doc.data.noise, seed: doc.data.seed, classes: doc.data.classes }) : undefined;
  if (data) result.graph.setBatch({ features: data.features, targets: data.targets, count: data.shape[0]! });
  return result.graph.forward();
}

const shim = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "test", "fixtures", "torch-shim");

/** Runs an exported script against the forward-only torch stand-in; returns `expr` evaluated in its globals. */
function runPython(name: string, code: string, expr: string): number {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}-${process.pid}.py`);
  writeFileSync(file, code);
  const script = `import runpy, sys\ng = runpy.run_path(sys.argv[1])\nprint(repr(${expr}))`;
  const result = spawnSync("python3", ["-c", script, file], { encoding: "utf8", env: { ...process.env, PYTHONPATH: shim } });
  if (result.status !== 0) throw new Error(result.stderr);
  return Number(result.stdout.trim().split("\n").pop());
}

const pythonOk = (code: string) => spawnSync("python3", ["-c", "import ast,sys; ast.parse(sys.stdin.read())"], { input: code, encoding: "utf8" });

describe("exportTypeScript", { timeout: 20000 }, () => {
  const trained: TemplateId[] = ["moons-mlp", "xor", "linear-regression", "logistic-regression"];
  for (const id of trained) {
    it(`${id}: the exported program's first loss equals Nudge's`, async () => {
      const doc = createTemplate(id);
      const result = exportTypeScript(doc, { steps: 1 });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const { losses } = await run(id, result.code);
      expect(losses).toHaveLength(1);
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

  it("layer graphs export as an MLP that trains", async () => {
    const result = exportTypeScript(createTemplate("moons-layers"), { steps: 2 });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.code).toContain("new MLP(2, [16,16,1]");
    const { losses } = await run("layers", result.code);
    expect(losses).toHaveLength(2);
    expect(losses.every(Number.isFinite)).toBe(true);
  });

  it("the exported programs type-check as strict TypeScript", () => {
    const files = (["micrograd-readme", "moons-mlp", "moons-layers", "xor"] as TemplateId[]).map((id) => {
      const result = exportTypeScript(createTemplate(id));
      if (!result.ok) throw new Error(id);
      return write(`typed-${id}`, result.code);
    });
    const control = write("typed-control", 'import { Value } from "@nudge/autograd";\nexport const v: number = new Value(1);\n');
    const errors = typeErrors([...files, control]);
    expect(errors.length).toBe(1);
    expect(errors[0]).toContain("typed-control");
  }, 30000);

  it("refuses an invalid document with its problems", () => {
    const doc = createTemplate("abc");
    doc.edges = [];
    expect(exportTypeScript(doc)).toMatchObject({ ok: false });
  });
});

describe("exportPyTorch", { timeout: 20000 }, () => {
  for (const t of Object.values(templates)) {
    it(`${t.id}: the script parses as Python`, () => {
      const result = exportPyTorch(t.create());
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.code).toContain("import torch");
      const check = pythonOk(result.code);
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
    });
  }

  for (const id of ["moons-mlp", "xor", "linear-regression", "logistic-regression"] as TemplateId[]) {
    it(`${id}: the script's first loss (forward-only torch stand-in) equals Nudge's`, () => {
      const doc = createTemplate(id);
      const result = exportPyTorch(doc, { steps: 1 });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(runPython(id, result.code, "g['losses'][0]")).toBeCloseTo(nudgeFirstLoss(doc), 9);
    });
  }

  it("micrograd README: the script's value is g = 24.7041", () => {
    const result = exportPyTorch(createTemplate("micrograd-readme"));
    if (!result.ok) throw new Error("export failed");
    expect(runPython("readme", result.code, "g['out'].item()")).toBeCloseTo(24.7041, 4);
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
