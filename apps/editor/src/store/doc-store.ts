import { temporal } from "zundo";
import { create } from "zustand";
import { canConnect, getKind } from "../doc/graph-api";
import type { Connection, ConnectResult, DataChoice, GraphDoc, TrainingSettings } from "../doc/types";
import { cleanText } from "../persistence/clean-text";
import { copyNodes, pasteClip, type Clip } from "./clipboard";
import { edgeId, freshId } from "./ids";

/** The document store: the GraphDoc is the single source of truth; every verb is one undo step. */
export interface DocState {
  doc: GraphDoc;
  /** Replaces the whole document (opening goes through `openDocument` in persistence/open, which also resets history and training). */
  replaceDoc(doc: GraphDoc): void;
  addNode(kind: string, position: { x: number; y: number }): string;
  moveNodes(positions: Record<string, { x: number; y: number }>): void;
  remove(ids: { nodes?: string[]; edges?: string[] }): void;
  connect(c: Connection, weight?: number): ConnectResult;
  setParam(nodeId: string, name: string, value: number | string | boolean): void;
  setEdgeWeight(edgeId: string, weight: number): void;
  setLabel(nodeId: string, label: string): void;
  copy(ids: string[]): Clip;
  paste(clip: Clip, offset?: number): string[];
  setTraining(patch: Partial<TrainingSettings>): void;
  setData(data: DataChoice): void;
}

const mapNodes = (doc: GraphDoc, id: string, f: (n: GraphDoc["nodes"][number]) => GraphDoc["nodes"][number]) =>
  ({ ...doc, nodes: doc.nodes.map((n) => (n.id === id ? f(n) : n)) });

/** Creates a store; the app uses one, tests make their own. New weighted wires start at a random weight in [-1, 1]. */
export function createDocStore(initial: GraphDoc, random: () => number = Math.random) {
  return create<DocState>()(
    temporal(
      (set, get) => ({
        doc: initial,
        replaceDoc: (doc) => set({ doc }),
        addNode(kind, position) {
          const k = getKind(kind);
          if (!k) throw new Error(`Unknown node kind "${kind}".`);
          const id = freshId(get().doc, kind);
          const params = Object.fromEntries(k.params.map((p) => [p.name, p.default]));
          set(({ doc }) => ({ doc: { ...doc, nodes: [...doc.nodes, { id, kind, position, params }] } }));
          return id;
        },
        moveNodes: (pos) =>
          set(({ doc }) => ({ doc: { ...doc, nodes: doc.nodes.map((n) => (pos[n.id] ? { ...n, position: pos[n.id]! } : n)) } })),
        remove({ nodes = [], edges = [] }) {
          const dn = new Set(nodes);
          const de = new Set(edges);
          if (!dn.size && !de.size) return;
          set(({ doc }) => ({
            doc: {
              ...doc,
              nodes: doc.nodes.filter((n) => !dn.has(n.id)),
              edges: doc.edges.filter((e) => !de.has(e.id) && !dn.has(e.source) && !dn.has(e.target)),
            },
          }));
        },
        connect(c, weight) {
          const res = canConnect(get().doc, c);
          if (!res.ok) return res;
          const target = get().doc.nodes.find((n) => n.id === c.target);
          if (weight === undefined && target && getKind(target.kind)?.weightPort === c.targetHandle) weight = Math.round((random() * 2 - 1) * 100) / 100;
          const e = { id: edgeId(c.source, c.sourceHandle, c.target, c.targetHandle), ...c, ...(weight === undefined ? {} : { weight }) };
          set(({ doc }) => ({ doc: { ...doc, edges: [...doc.edges, e] } }));
          return res;
        },
        setParam: (id, name, value) => set(({ doc }) => ({ doc: mapNodes(doc, id, (n) => ({ ...n, params: { ...n.params, [name]: value } })) })),
        setLabel: (id, label) => set(({ doc }) => ({ doc: mapNodes(doc, id, (n) => ({ ...n, label: cleanText(label) })) })),
        setEdgeWeight: (id, weight) =>
          set(({ doc }) => ({ doc: { ...doc, edges: doc.edges.map((e) => (e.id === id ? { ...e, weight } : e)) } })),
        copy: (ids) => copyNodes(get().doc, ids),
        paste(clip, offset) {
          const add = pasteClip(get().doc, clip, offset);
          set(({ doc }) => ({ doc: { ...doc, nodes: [...doc.nodes, ...add.nodes], edges: [...doc.edges, ...add.edges] } }));
          return add.nodes.map((n) => n.id);
        },
        setTraining: (patch) => set(({ doc }) => ({ doc: { ...doc, training: { ...doc.training, ...patch } } })),
        setData: (data) => set(({ doc }) => ({ doc: { ...doc, data } })),
      }),
      { partialize: (s) => ({ doc: s.doc }), equality: (a, b) => a.doc === b.doc, limit: 200 },
    ),
  );
}

export type DocStore = ReturnType<typeof createDocStore>;
