import { analyzeShapes, canConnect as graphCanConnect, inferShapes, migrate, templates as graphTemplates, type GraphDoc, type Problem } from "@nudge/graph";
import { kindViews, type KindView } from "./registry";
import type { Connection, ConnectResult } from "./types";

/** The one seam between the editor and @nudge/graph: everything graph-shaped goes through here. */
export const kinds: KindView[] = kindViews;
const byKind = new Map(kinds.map((k) => [k.kind, k]));

export function getKind(kind: string): KindView | undefined {
  return byKind.get(kind);
}

/** Whether a wire may be added, with the reason to show when not (@nudge/graph's `canConnect`). */
export function canConnect(doc: GraphDoc, c: Connection): ConnectResult {
  const res = graphCanConnect(doc, c);
  return res.ok ? res : { ok: false, reason: res.reason };
}

/** A template as the editor lists it. */
export interface TemplateView {
  id: string;
  title: string;
  hint: string;
  build: () => GraphDoc;
}

export const templates: TemplateView[] = Object.values(graphTemplates).map((t) => ({ id: t.id, title: t.title, hint: t.hint, build: t.create }));

export type ParseResult = { ok: true; doc: GraphDoc } | { ok: false; message: string };

const describe = (p: Problem) => `${p.message}${p.nodeId ? ` (node ${p.nodeId})` : p.edgeId ? ` (edge ${p.edgeId})` : ""}`;

/** Checks untrusted JSON (a file, a link, IndexedDB) and returns a document or a message naming the problem. */
export function parseDoc(json: unknown): ParseResult {
  const res = migrate(json);
  if (!res.ok) {
    const more = res.problems.length > 1 ? ` (and ${res.problems.length - 1} more problem${res.problems.length > 2 ? "s" : ""})` : "";
    return { ok: false, message: `${describe(res.problems[0]!)}${more}` };
  }
  const unknown = res.doc.nodes.find((n) => !byKind.has(n.kind));
  if (unknown) return { ok: false, message: `Unknown node kind "${unknown.kind}" (node ${unknown.id}).` };
  const ids = new Set(res.doc.nodes.map((n) => n.id));
  const dangling = res.doc.edges.find((e) => !ids.has(e.source) || !ids.has(e.target));
  if (dangling) return { ok: false, message: `Wire ${dangling.id} connects a node that does not exist.` };
  return { ok: true, doc: res.doc };
}

export function encodeShareLink(doc: GraphDoc): string {
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeShareLink(fragment: string): ParseResult {
  let json: unknown;
  try {
    const bin = atob(fragment.replace(/-/g, "+").replace(/_/g, "/"));
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
  } catch {
    return { ok: false, message: "This share link is damaged: it does not decode to a graph. Your graph is unchanged." };
  }
  const res = parseDoc(json);
  return res.ok ? res : { ok: false, message: `This share link holds a broken graph: ${res.message}` };
}

/** Per-example tensor shape carried by each edge: `[]` scalar, `[16]` a vector. */
export function edgeShapes(doc: GraphDoc): Map<string, number[]> {
  return inferShapes(doc);
}

/** Each node's output shape per example (for layer views). */
export function nodeOutShapes(doc: GraphDoc): Map<string, number[] | undefined> {
  return new Map([...analyzeShapes(doc).nodes].map(([id, ports]) => [id, ports.out]));
}
