import fc from "fast-check";
import lz from "lz-string";
import { describe, expect, it } from "vitest";
import {
  GraphError,
  analyzeShapes,
  canConnect,
  compile,
  createTemplate,
  decodeShareLink,
  encodeShareLink,
  exportPyTorch,
  exportTypeScript,
  formulaWithValues,
  wireFormulaWithValues,
  inferShapes,
  limits,
  migrate,
  problemMessages,
  templates,
  validate,
} from "../src/index.js";
import type { GraphDoc, TemplateId } from "../src/index.js";
import { cycleAtLimits } from "./limits-doc.js";

const SEED = 20261206;
const TIME_LIMIT_MS = 20000;
/** Every name on Object.prototype (constructor, toString, __proto__, __defineGetter__, …) and "prototype". */
const protoNames = [...Object.getOwnPropertyNames(Object.prototype), "prototype"];
const ids = Object.keys(templates) as TemplateId[];

/** Values a hostile or broken document may hold anywhere: wrong types, prototype names, odd numbers, oversized text. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...protoNames),
  fc.constantFrom(
    null,
    true,
    0,
    -0,
    -1,
    1.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    "",
    "\t",
    "a\u0000b",
    "\u2028",
    "🧠",
  ),
  fc.constantFrom([], {}, [[]], { toString: 5 }, { valueOf: null, toString: null }, { length: 3 }),
  fc.constant(Object.create(null) as unknown),
  fc.string({ minLength: limits.maxTextLength + 1, maxLength: limits.maxTextLength + 2 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true }),
);

type Path = (string | number)[];
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  return out;
}
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = value;
  return root;
}
const isString = (doc: unknown, path: Path) =>
  typeof path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc) === "string";

/** A template with one to three fields replaced: any field by a hostile value, or a string field by a prototype name. */
const hostileDoc = fc
  .record({
    id: fc.constantFrom(...ids),
    edits: fc.array(
      fc.record({ at: fc.nat(), value: hostileValue, proto: fc.constantFrom(...protoNames), protoOnly: fc.boolean() }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ id, edits }) => {
    let doc: unknown = JSON.parse(JSON.stringify(createTemplate(id)));
    for (const edit of edits) {
      const all = paths(doc);
      const strings = all.filter((p) => isString(doc, p));
      const path =
        edit.protoOnly && strings.length > 0 ? strings[edit.at % strings.length]! : all[edit.at % all.length]!;
      doc = setAt(doc, path, edit.protoOnly ? edit.proto : edit.value);
    }
    return doc;
  });

const knownCode = (code: unknown) => typeof code === "string" && Object.hasOwn(problemMessages, code);
const expectProblems = (problems: unknown) => {
  expect(Array.isArray(problems)).toBe(true);
  for (const p of problems as { code: unknown; message: unknown }[]) {
    expect(knownCode(p.code)).toBe(true);
    expect(typeof p.message).toBe("string");
  }
};
/** Runs `f`; the only exception allowed is a documented GraphError. */
const graphErrorOr = <T>(f: () => T): T | GraphError => {
  try {
    return f();
  } catch (error) {
    if (error instanceof GraphError && knownCode(error.code)) return error;
    throw error;
  }
};

/** Every graph entry point on one input; throws on anything but results, problems and GraphErrors. */
function everyEntryPoint(doc: unknown, handle: string | null): void {
  expectProblems(validate(doc));
  const compiled = compile(doc as GraphDoc, { capacity: 2 });
  if (!compiled.ok) expectProblems(compiled.problems);
  for (const exported of [
    exportTypeScript(doc as GraphDoc, { steps: 2 }),
    exportPyTorch(doc as GraphDoc, { steps: 2 }),
  ]) {
    if (!exported.ok) expectProblems(exported.problems);
    else expect(typeof exported.code).toBe("string");
  }
  const shapes = graphErrorOr(() => inferShapes(doc as GraphDoc));
  if (!(shapes instanceof GraphError)) expect(shapes).toBeInstanceOf(Map);
  graphErrorOr(() => analyzeShapes(doc as GraphDoc));
  const nodes = typeof doc === "object" && doc !== null ? (doc as { nodes?: unknown }).nodes : undefined;
  const first = Array.isArray(nodes) ? (nodes[0] as { id?: unknown })?.id : undefined;
  const last = Array.isArray(nodes) ? (nodes[nodes.length - 1] as { id?: unknown })?.id : undefined;
  const connection = { source: first, target: last, sourceHandle: handle, targetHandle: handle };
  const connect = canConnect(doc as GraphDoc, connection as never);
  expect(connect.ok || (knownCode(connect.code) && typeof connect.reason === "string")).toBe(true);
  graphErrorOr(() => formulaWithValues(doc as GraphDoc, last as string, () => 1));
  const edges = typeof doc === "object" && doc !== null ? (doc as { edges?: unknown }).edges : undefined;
  const wire = Array.isArray(edges) ? (edges[0] as { id?: unknown })?.id : undefined;
  graphErrorOr(() => wireFormulaWithValues(doc as GraphDoc, wire as string, () => 1, handle as never));
  const link = graphErrorOr(() => encodeShareLink(doc as GraphDoc));
  if (typeof link === "string") expect(typeof decodeShareLink(link).ok).toBe("boolean");
  const migrated = migrate(doc);
  if (!migrated.ok) expectProblems(migrated.problems);
}

function run(name: string, property: fc.IProperty<never>, numRuns: number): void {
  const result = fc.check(property, {
    seed: SEED,
    numRuns,
    verbose: 1,
    interruptAfterTimeLimit: TIME_LIMIT_MS,
    markInterruptAsFailure: false,
  });
  console.log(`hostile fuzz, ${name}: ${result.numRuns} cases (seed ${SEED})`);
  if (result.failed) throw new Error(fc.defaultReportMessage(result) ?? "property failed");
  expect(result.numRuns).toBeGreaterThan(0);
}

describe("hostile fuzz of every graph entry point", { timeout: 4 * TIME_LIMIT_MS }, () => {
  it("templates with hostile values and prototype names in their fields", () => {
    const handle = fc.oneof(
      fc.constantFrom(...protoNames),
      fc.constant(null),
      fc.constantFrom("in", "out", "x", "pred"),
    );
    run("mutated templates", fc.property(hostileDoc, handle, (doc, h) => everyEntryPoint(doc, h)) as never, 600);
  });

  it("arbitrary JSON and JS values as documents", () => {
    run(
      "arbitrary values",
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }), (doc) =>
        everyEntryPoint(doc, null),
      ) as never,
      400,
    );
  });

  it("share links carrying hostile JSON or garbage decode to problems, never a throw", () => {
    const fragment = fc.oneof(
      fc.string(),
      hostileDoc.map((doc) => `g1.${lz.compressToEncodedURIComponent(JSON.stringify(doc))}`),
      fc.jsonValue().map((json) => `#g1.${lz.compressToEncodedURIComponent(JSON.stringify(json))}`),
      fc.string().map((s) => `g1.${s}`),
    );
    run(
      "share links",
      fc.property(fragment, (f) => {
        const result = decodeShareLink(f);
        if (!result.ok) expectProblems(result.problems);
      }) as never,
      500,
    );
  });
});

describe("documents at and beyond every limit", { timeout: 60000 }, () => {
  const base = () => createTemplate("moons-mlp");
  const beyond: [string, (doc: GraphDoc) => void, string][] = [
    [
      "nodes",
      (d) =>
        void d.nodes.push(
          ...Array.from({ length: limits.maxNodes + 1 - d.nodes.length }, (_, i) => ({
            ...d.nodes[0]!,
            id: `extra${i}`,
          })),
        ),
      "nodes",
    ],
    [
      "edges",
      (d) =>
        void d.edges.push(
          ...Array.from({ length: limits.maxEdges + 1 - d.edges.length }, (_, i) => ({
            ...d.edges[0]!,
            id: `extra${i}`,
          })),
        ),
      "edges",
    ],
    ["id length", (d) => void (d.nodes[0]!.id = "n".repeat(limits.maxIdLength + 1)), "nodes.0.id"],
    ["text length", (d) => void (d.title = "t".repeat(limits.maxTextLength + 1)), "title"],
    [
      "parameter count",
      (d) =>
        void (d.nodes[0]!.params = Object.fromEntries(
          Array.from({ length: limits.maxParams + 1 }, (_, i) => [`p${i}`, i]),
        )),
      "nodes.0.params",
    ],
    ["samples", (d) => void (d.data.kind === "toy" && (d.data.n = limits.maxSamples + 1)), "data.n"],
  ];
  for (const [limit, grow, path] of beyond) {
    it(`one past the ${limit} limit is a schema problem at ${path}, and no entry point throws`, () => {
      const doc = base();
      grow(doc);
      expect(validate(doc)).toContainEqual(expect.objectContaining({ code: "schema", path }));
      everyEntryPoint(doc, "in");
    });
  }

  it("a cyclic document exactly at the node and edge limits goes through every entry point", () => {
    const { doc } = cycleAtLimits();
    expect(validate(doc).some((p) => p.code === "cycle")).toBe(true);
    everyEntryPoint(doc, "in");
  });
});
