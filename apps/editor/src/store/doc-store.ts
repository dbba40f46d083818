import { temporal, type TemporalState } from "zundo";
import { create, type StoreApi } from "zustand";
import {
  canConnect,
  cleanText,
  getKind,
  impliedMode,
  withMode,
  newNodeParams,
  wireDefaults,
  withData,
  type ConnectResult,
  type DataChoice,
  type DocEdge,
  type GraphDoc,
  type GraphMode,
  type TrainingSettings,
} from "@nudge/graph";
import type { ParamEdits, Snapshot } from "@nudge/runtime";
import { copyNodes, pasteClip, type Clip } from "./clipboard";
import { edgeId, freshId } from "./ids";
import { withTrainedValues } from "./trained";

/** A wire between two ports (handles are port names). */
export type Wire = Pick<DocEdge, "source" | "sourceHandle" | "target" | "targetHandle">;

/** The document store: the GraphDoc is the single source of truth; every verb is one undo step. */
export interface DocState {
  doc: GraphDoc;
  /**
   * Changes whenever the compiled model may change (nodes, wires, kinds, non-trainable params, data,
   * mode), and only then: weights, biases, positions, names and training settings leave it alone.
   * Unique per change, restored by undo, so "same revision" means "same model".
   */
  revision: number;
  /** True once the learner picked the mode by hand: edits no longer switch it (reset when a document is opened). */
  modeChosen: boolean;
  /** The learner's choice of mode (expression, neurons, layers), one undo step. */
  setMode(mode: GraphMode): void;
  /** Replaces the whole document (opening goes through `openDocument` in persistence/open, which also resets history and training). */
  replaceDoc(doc: GraphDoc): void;
  addNode(kind: string, position: { x: number; y: number }): string;
  moveNodes(positions: Record<string, { x: number; y: number }>): void;
  remove(ids: { nodes?: string[]; edges?: string[] }): void;
  connect(c: Wire, weight?: number): ConnectResult;
  /**
   * Sets a node parameter; a kind's trainable number (a bias, a Parameter's value) is an `editParams`
   * instead, which keeps the training so far when a snapshot is given.
   */
  setParam(nodeId: string, name: string, value: number | string | boolean, trained?: Snapshot | null): void;
  /**
   * Hand edits of trainable numbers (wire weights by edge id, a node's bias or value by node id), one undo step.
   * With a snapshot, the training so far is written into the document first (outside the undo
   * history), so the edit keeps it and undoing the edit goes back to the trained numbers.
   */
  editParams(edits: ParamEdits, trained?: Snapshot | null): void;
  /** Renames a node; control characters become spaces (@nudge/graph's `cleanText`), an empty name is ignored. */
  setLabel(nodeId: string, label: string): void;
  /** Renames the document (it names exported files); cleaned like a node name, an empty title is ignored. */
  setTitle(title: string): void;
  copy(ids: string[]): Clip;
  paste(clip: Clip, offset?: number): string[];
  setTraining(patch: Partial<TrainingSettings>): void;
  /** New data; the loss follows the task (@nudge/graph's `withData`: moons → sine switches to MSE). */
  setData(data: DataChoice): void;
}

let revisions = 0;
const nextRevision = () => ++revisions;

const applyEdits = (doc: GraphDoc, { edges = {}, nodes = {} }: ParamEdits): GraphDoc => ({
  ...doc,
  edges: doc.edges.map((e) => (Object.hasOwn(edges, e.id) ? { ...e, weight: edges[e.id]! } : e)),
  nodes: doc.nodes.map((n) => {
    const own = getKind(n.kind)?.trainable;
    return own && Object.hasOwn(nodes, n.id) ? { ...n, params: { ...n.params, [own]: nodes[n.id]! } } : n;
  }),
});

/** Until the learner picks a mode, the nodes decide it (@nudge/graph's `impliedMode`): a graph without data nodes is an expression. */
const followNodes = (doc: GraphDoc, chosen: boolean): GraphDoc => {
  const implied = chosen ? undefined : impliedMode(doc);
  return implied ? withMode(doc, implied) : doc;
};

const mapNodes = (doc: GraphDoc, id: string, f: (n: GraphDoc["nodes"][number]) => GraphDoc["nodes"][number]) => ({
  ...doc,
  nodes: doc.nodes.map((n) => (n.id === id ? f(n) : n)),
});

/** Creates a store; the app uses one, tests make their own. New weighted wires start at a random weight in [-1, 1]. */
export function createDocStore(initial: GraphDoc, random: () => number = Math.random) {
  return create<DocState>()(
    temporal(
      (set, get, api) => {
        /** Writes the training so far into the document outside the undo history, so undoing the next edit keeps it. */
        const commitTraining = (trained?: Snapshot | null) => {
          const doc = withTrainedValues(get().doc, trained);
          if (doc === get().doc) return;
          const history = (api as unknown as { temporal: StoreApi<TemporalState<unknown>> }).temporal.getState();
          history.pause();
          set({ doc });
          history.resume();
        };
        return {
          doc: initial,
          revision: nextRevision(),
          modeChosen: false,
          replaceDoc: (doc) => set({ doc, revision: nextRevision(), modeChosen: false }),
          setMode: (mode) =>
            set(({ doc }) => ({ doc: withMode(doc, mode), revision: nextRevision(), modeChosen: true })),
          addNode(kind, position) {
            if (!getKind(kind)) throw new Error(`Unknown node kind "${kind}".`);
            const id = freshId(get().doc, kind);
            const params = newNodeParams(get().doc, kind);
            set(({ doc, modeChosen }) => ({
              doc: followNodes({ ...doc, nodes: [...doc.nodes, { id, kind, position, params }] }, modeChosen),
              revision: nextRevision(),
            }));
            return id;
          },
          moveNodes: (pos) =>
            set(({ doc }) => ({
              doc: { ...doc, nodes: doc.nodes.map((n) => (pos[n.id] ? { ...n, position: pos[n.id]! } : n)) },
            })),
          remove({ nodes = [], edges = [] }) {
            const dn = new Set(nodes);
            const de = new Set(edges);
            if (!dn.size && !de.size) return;
            set(({ doc, modeChosen }) => ({
              doc: followNodes(
                {
                  ...doc,
                  nodes: doc.nodes.filter((n) => !dn.has(n.id)),
                  edges: doc.edges.filter((e) => !de.has(e.id) && !dn.has(e.source) && !dn.has(e.target)),
                },
                modeChosen,
              ),
              revision: nextRevision(),
            }));
          },
          connect(c, weight) {
            const res = canConnect(get().doc, c);
            if (!res.ok) return res;
            const target = get().doc.nodes.find((n) => n.id === c.target);
            if (weight === undefined && target && getKind(target.kind)?.weightPort === c.targetHandle)
              weight = Math.round((random() * 2 - 1) * 100) / 100;
            const e = {
              id: edgeId(c.source, c.sourceHandle, c.target, c.targetHandle),
              ...c,
              ...(weight === undefined ? {} : { weight }),
            };
            const changes = wireDefaults(get().doc, c);
            set(({ doc }) => ({
              doc: {
                ...doc,
                nodes: doc.nodes.map((n) => (changes[n.id] ? { ...n, params: { ...n.params, ...changes[n.id] } } : n)),
                edges: [...doc.edges, e],
              },
              revision: nextRevision(),
            }));
            return res;
          },
          setParam(id, name, value, trained) {
            const node = get().doc.nodes.find((n) => n.id === id);
            if (node && typeof value === "number" && getKind(node.kind)?.trainable === name)
              return get().editParams({ nodes: { [id]: value } }, trained);
            // The weights stay the run's start (Reset returns there); the trainer carries the run on (training/kept's carryRun).
            set(({ doc }) => ({
              doc: mapNodes(doc, id, (n) => ({ ...n, params: { ...n.params, [name]: value } })),
              revision: nextRevision(),
            }));
          },
          editParams(edits, trained) {
            commitTraining(trained);
            set(({ doc }) => ({ doc: applyEdits(doc, edits) }));
          },
          setLabel(id, typed) {
            const label = cleanText(typed);
            if (label) set(({ doc }) => ({ doc: mapNodes(doc, id, (n) => ({ ...n, label })) }));
          },
          setTitle(typed) {
            const title = cleanText(typed);
            if (title && title !== get().doc.title) set(({ doc }) => ({ doc: { ...doc, title } }));
          },
          copy: (ids) => copyNodes(get().doc, ids),
          paste(clip, offset) {
            const add = pasteClip(get().doc, clip, offset);
            set(({ doc, modeChosen }) => ({
              doc: followNodes(
                { ...doc, nodes: [...doc.nodes, ...add.nodes], edges: [...doc.edges, ...add.edges] },
                modeChosen,
              ),
              revision: nextRevision(),
            }));
            return add.nodes.map((n) => n.id);
          },
          setTraining: (patch) => set(({ doc }) => ({ doc: { ...doc, training: { ...doc.training, ...patch } } })),
          setData: (data) => set(({ doc }) => ({ doc: withData(doc, data), revision: nextRevision() })),
        };
      },
      { partialize: (s) => ({ doc: s.doc, revision: s.revision }), equality: (a, b) => a.doc === b.doc, limit: 200 },
    ),
  );
}

export type DocStore = ReturnType<typeof createDocStore>;
