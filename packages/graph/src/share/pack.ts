import type { DocEdge, GraphDoc } from "../schema/types.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const rows = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Edge ids the editor and the templates make, stored as a digit instead of the text. */
const idStyles = [
  (e: Omit<DocEdge, "id">) => `${e.source}-${e.target}-${e.targetHandle}`,
  (e: Omit<DocEdge, "id">) => `${e.source}.${e.sourceHandle}-${e.target}.${e.targetHandle}`,
];

/** A share link's content: the structure as compressible JSON, and the numbers (edge weights, trained parameters) apart. */
export interface Packed {
  json: Json;
  weights: number[];
  params?: number[];
}

/**
 * A document as columns: nodes as rows, edges as deltas of node indices and a table of port pairs (a
 * fully wired layer becomes a short repeating pattern), ids only when no usual style rebuilds them.
 */
export function pack(doc: GraphDoc): Packed {
  const index = new Map(doc.nodes.map((n, i) => [n.id, i]));
  const ports: string[] = [];
  let s = 0;
  let t = 0;
  const es: number[] = [];
  const et: number[] = [];
  const eh: number[] = [];
  const ei: (number | string)[] = [];
  for (const e of doc.edges) {
    const si = index.get(e.source) ?? -1;
    const ti = index.get(e.target) ?? -1;
    es.push(si - s);
    et.push(ti - t);
    [s, t] = [si, ti];
    const pair = `${e.sourceHandle} ${e.targetHandle}`;
    if (!ports.includes(pair)) ports.push(pair);
    eh.push(ports.indexOf(pair));
    const style = idStyles.findIndex((f) => f(e) === e.id);
    ei.push(style >= 0 ? style : e.id);
  }
  const { trained } = doc;
  return {
    json: {
      v: doc.version,
      t: doc.title,
      m: doc.mode,
      d: doc.data,
      r: doc.training,
      n: doc.nodes.map((n) => [
        n.id,
        n.kind,
        Math.round(n.position.x),
        Math.round(n.position.y),
        n.params,
        n.label ?? null,
      ]),
      e: { s: es, t: et, h: eh, p: ports, i: ei },
      ...(doc.focus === undefined ? {} : { f: doc.focus }),
      ...(trained
        ? {
            tr: {
              s: trained.step,
              l: trained.loss,
              a: trained.trainAccuracy,
              b: trained.testAccuracy,
              n: trained.params.length,
            },
          }
        : {}),
    },
    weights: doc.edges.map((e) => e.weight ?? NaN),
    ...(trained ? { params: trained.params } : {}),
  };
}

/** How many numbers each binary part of a packed link must hold (read before decoding them). */
export function counts(json: unknown): { weights: number; params?: number } {
  if (!isObject(json) || !isObject(json.e)) return { weights: 0 };
  const tr = json.tr;
  const params = isObject(tr) && Number.isInteger(tr.n) && (tr.n as number) >= 0 ? (tr.n as number) : undefined;
  return { weights: rows(json.e.s).length, ...(params === undefined ? {} : { params }) };
}

function unpackNodes(json: Json): unknown[] {
  return rows(json.n).map((row) => {
    if (!Array.isArray(row)) return row;
    const [id, kind, x, y, params, label] = row as unknown[];
    return { id, kind, position: { x, y }, params, ...(label === null || label === undefined ? {} : { label }) };
  });
}

/** Version-1 links (`g1.`) kept every edge as a row with its weight. */
function unpackEdgeRows(json: Json): unknown[] {
  return rows(json.e).map((row) => {
    if (!Array.isArray(row)) return row;
    const [id, source, sourceHandle, target, targetHandle, weight] = row as unknown[];
    return {
      id,
      source,
      sourceHandle,
      target,
      targetHandle,
      ...(weight === null || weight === undefined ? {} : { weight }),
    };
  });
}

function unpackEdgeColumns(columns: Json, nodes: unknown[], weights: readonly number[]): unknown[] {
  const [es, et, eh, ports, ei] = [rows(columns.s), rows(columns.t), rows(columns.h), rows(columns.p), rows(columns.i)];
  const idOf = (i: unknown) => (isObject(nodes[i as number]) ? (nodes[i as number] as Json).id : undefined);
  let s = 0;
  let t = 0;
  return es.map((ds, k) => {
    s += Number(ds);
    t += Number(et[k]);
    const [sourceHandle, targetHandle] = String(ports[Number(eh[k])] ?? "").split(" ");
    const edge = { source: idOf(s), sourceHandle, target: idOf(t), targetHandle } as Omit<DocEdge, "id">;
    const style = idStyles[ei[k] as number];
    const weight = weights[k];
    return {
      id: typeof ei[k] === "string" ? ei[k] : style?.(edge),
      ...edge,
      ...(weight === undefined || Number.isNaN(weight) ? {} : { weight }),
    };
  });
}

function unpackTrained(tr: unknown, params: readonly number[] | undefined): unknown {
  if (!isObject(tr) || !params) return undefined;
  const out: Json = { step: tr.s, params };
  if (tr.l !== undefined) out.loss = tr.l;
  if (tr.a !== undefined) out.trainAccuracy = tr.a;
  if (tr.b !== undefined) out.testAccuracy = tr.b;
  return out;
}

/** The inverse of `pack` (and of the older row form) for untrusted JSON: never throws; whatever it returns still goes through `migrate`. */
export function unpack(
  json: unknown,
  numbers: { weights: readonly number[]; params?: readonly number[] } = { weights: [] },
): unknown {
  if (!isObject(json) || (json.v === undefined && json.version !== undefined)) return json;
  const nodes = unpackNodes(json);
  const edges = isObject(json.e) ? unpackEdgeColumns(json.e, nodes, numbers.weights) : unpackEdgeRows(json);
  const trained = unpackTrained(json.tr, numbers.params);
  return {
    version: json.v,
    title: json.t,
    mode: json.m,
    nodes,
    edges,
    data: json.d,
    training: json.r,
    ...(json.f === undefined ? {} : { focus: json.f }),
    ...(trained ? { trained } : {}),
  };
}
