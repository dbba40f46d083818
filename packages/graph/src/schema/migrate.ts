import { problem } from "../problems.js";
import { defaultTraining, toyData } from "./defaults.js";
import { toyNames } from "./constants.js";
import { parseCurrent } from "./parse.js";
import type { ParseResult } from "./parse.js";
import type { ToyName } from "./types.js";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/**
 * Version 0 is the unversioned draft format: nodes had `type`, `x`, `y`; edges had `from`, `fromPort`,
 * `to`, `toPort`; `dataset` was a toy name; there were no training settings.
 */
function fromV0(doc: Json): Json {
  const dataset =
    typeof doc.dataset === "string" && (toyNames as readonly string[]).includes(doc.dataset)
      ? (doc.dataset as ToyName)
      : undefined;
  return {
    version: 1,
    title: typeof doc.title === "string" ? doc.title : "Untitled",
    mode: doc.mode ?? (dataset ? "neurons" : "expression"),
    nodes: list(doc.nodes).map((n) => ({
      id: n.id,
      kind: n.type,
      position: { x: n.x ?? 0, y: n.y ?? 0 },
      params: n.params ?? {},
      ...(n.label === undefined ? {} : { label: n.label }),
    })),
    edges: list(doc.edges).map((e) => ({
      id: e.id,
      source: e.from,
      sourceHandle: e.fromPort ?? "out",
      target: e.to,
      targetHandle: e.toPort ?? "in",
      ...(e.weight === undefined ? {} : { weight: e.weight }),
    })),
    data: dataset ? toyData(dataset) : { kind: "none" },
    training: defaultTraining(),
  };
}

const steps: Record<number, (doc: Json) => Json> = { 0: fromV0 };

/**
 * Reads untrusted JSON of any supported version, upgrades it to version 1 and validates it.
 * @example
 * const result = migrate(JSON.parse(text));
 * if (result.ok) load(result.doc); else show(result.problems);
 */
export function migrate(json: unknown): ParseResult {
  if (!isObject(json)) return { ok: false, problems: [problem("not-an-object", [])] };
  let version = json.version === undefined ? 0 : json.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0 || version > 1) {
    return { ok: false, problems: [problem("unsupported-version", [version], { path: "version" })] };
  }
  if (version === 0 && !(Array.isArray(json.nodes) && Array.isArray(json.edges))) {
    return { ok: false, problems: [problem("not-a-document", [])] };
  }
  const from = version;
  let doc = json;
  while (version < 1) {
    doc = steps[version]!(doc);
    version += 1;
  }
  const result = parseCurrent(doc);
  return result.ok && from < 1 ? { ...result, migratedFrom: from } : result;
}
