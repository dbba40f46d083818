import { localCanConnect } from "./local-graph";
import { localTemplates, type TemplateView } from "./local-templates";
import { localKinds, type KindView } from "./registry";
import type { Connection, ConnectResult, GraphDoc } from "./types";

/** The one seam between the editor and @nudge/graph: everything graph-shaped goes through here. */
export const kinds: KindView[] = localKinds;

export function getKind(kind: string): KindView | undefined {
  return kinds.find((k) => k.kind === kind);
}

export function canConnect(doc: GraphDoc, c: Connection): ConnectResult {
  return localCanConnect(doc, c, kinds);
}

export const templates: TemplateView[] = localTemplates;

export type ParseResult = { ok: true; doc: GraphDoc } | { ok: false; message: string };

/** Checks untrusted JSON (a file, a link, IndexedDB) and returns a document or a message naming the problem. */
export function parseDoc(json: unknown): ParseResult {
  if (typeof json !== "object" || json === null) return { ok: false, message: "The file is not a Nudge graph (expected a JSON object)." };
  const d = json as Partial<GraphDoc>;
  if (d.version !== 1) return { ok: false, message: `Unsupported graph version ${String(d.version)} (expected 1).` };
  if (!Array.isArray(d.nodes) || !Array.isArray(d.edges)) return { ok: false, message: "The graph has no nodes/edges lists." };
  for (const [i, n] of d.nodes.entries()) {
    if (typeof n?.id !== "string" || !getKind(n.kind)) return { ok: false, message: `nodes[${i}]: unknown node kind "${String(n?.kind)}".` };
    if (!Number.isFinite(n.position?.x) || !Number.isFinite(n.position?.y)) return { ok: false, message: `nodes[${i}] (${n.id}): position is not a pair of numbers.` };
  }
  const ids = new Set(d.nodes.map((n) => n.id));
  for (const [i, e] of d.edges.entries())
    if (!ids.has(e?.source) || !ids.has(e?.target)) return { ok: false, message: `edges[${i}]: wire to a node that does not exist.` };
  return { ok: true, doc: d as GraphDoc };
}

export function encodeShareLink(doc: GraphDoc): string {
  return btoa(unescape(encodeURIComponent(JSON.stringify(doc))));
}

export function decodeShareLink(fragment: string): ParseResult {
  try {
    return parseDoc(JSON.parse(decodeURIComponent(escape(atob(fragment)))));
  } catch {
    return { ok: false, message: "This share link is damaged: it does not decode to a graph." };
  }
}

/** Tensor shape carried by each edge, as text for the badge (per example). */
export function edgeShapes(doc: GraphDoc): Map<string, string> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const out = new Map<string, string>();
  for (const e of doc.edges) {
    const src = byId.get(e.source);
    const units = src?.kind === "dense" ? Number(src.params.units) : 1;
    out.set(e.id, `[${units}]`);
  }
  return out;
}
