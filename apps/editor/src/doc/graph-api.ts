import {
  decodeShareLink as graphDecode,
  encodeShareLink as graphEncode,
  exportPyTorch,
  exportTypeScript,
  getKind,
  migrate,
  templates as graphTemplates,
  type GraphDoc,
  type Problem,
} from "@nudge/graph";

/** A template as the editor lists it. */
export interface TemplateView {
  id: string;
  title: string;
  hint: string;
  build: () => GraphDoc;
}

export const templates: TemplateView[] = Object.values(graphTemplates).map((t) => ({
  id: t.id,
  title: t.title,
  hint: t.hint,
  build: t.create,
}));

/** A checked document (with `note` when something in it was left out), or what is wrong with it. */
export type ParseResult = { ok: true; doc: GraphDoc; note?: string } | { ok: false; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const describe = (p: Problem) =>
  `${p.message}${p.nodeId ? ` (node ${p.nodeId})` : p.edgeId ? ` (edge ${p.edgeId})` : ""}`;

/** Checks untrusted JSON (a file, a link, IndexedDB) and returns a document or a message naming the problem. */
export function parseDoc(json: unknown): ParseResult {
  let res = migrate(json);
  let note: string | undefined;
  if (!res.ok && isRecord(json) && res.problems.every((p) => p.path === "runs" || p.path?.startsWith("runs."))) {
    note = `Its saved runs were left out: ${describe(res.problems[0]!)}`;
    res = migrate({ ...json, runs: undefined });
  }
  if (!res.ok) {
    const more =
      res.problems.length > 1
        ? ` (and ${res.problems.length - 1} more problem${res.problems.length > 2 ? "s" : ""})`
        : "";
    return { ok: false, message: `${describe(res.problems[0]!)}${more}` };
  }
  const unknown = res.doc.nodes.find((n) => !getKind(n.kind));
  if (unknown) return { ok: false, message: `Unknown node kind "${unknown.kind}" (node ${unknown.id}).` };
  const ids = new Set(res.doc.nodes.map((n) => n.id));
  const dangling = res.doc.edges.find((e) => !ids.has(e.source) || !ids.has(e.target));
  if (dangling) return { ok: false, message: `Wire ${dangling.id} connects a node that does not exist.` };
  return note ? { ok: true, doc: res.doc, note } : { ok: true, doc: res.doc };
}

/** A URL fragment holding the whole document (@nudge/graph's compact `g1.` format). */
export function encodeShareLink(doc: GraphDoc): string {
  return graphEncode(doc);
}

/** Reads an untrusted share fragment; a damaged one gives a message, never a half-loaded graph. */
export function decodeShareLink(fragment: string): ParseResult {
  const res = graphDecode(fragment);
  if (!res.ok)
    return {
      ok: false,
      message: `This share link cannot be opened: ${describe(res.problems[0]!)} Your graph is unchanged.`,
    };
  return parseDoc(res.doc);
}

/** Source code for the document (self-contained TypeScript or PyTorch) that trains `steps` steps (default: the schedule's). */
export function exportCode(
  doc: GraphDoc,
  language: "typescript" | "pytorch",
  steps?: number,
): { ok: true; code: string } | { ok: false; message: string } {
  const options = steps ? { steps } : {};
  const res = language === "typescript" ? exportTypeScript(doc, options) : exportPyTorch(doc, options);
  return res.ok
    ? { ok: true, code: res.code }
    : { ok: false, message: res.problems.slice(0, 3).map(describe).join(" ") };
}
