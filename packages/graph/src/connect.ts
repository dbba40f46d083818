import { indexGraph, reaches } from "./graph-index.js";
import { getKind } from "./kinds/registry.js";
import { portTypeNames } from "./kinds/helpers.js";
import type { Shape } from "./kinds/types.js";
import { GraphError, describeValue, problemMessages } from "./problems.js";
import type { ProblemCode } from "./problems.js";
import { readParts } from "./schema/parse.js";
import type { GraphDoc } from "./schema/types.js";
import { shapesOf } from "./shapes.js";

/** A proposed wire, as React Flow's `isValidConnection` receives it (null handles mean the first port). */
export interface Connection {
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
}

/** `canConnect`'s answer: ok, or a reason to show where the wire was dropped. */
export type ConnectResult = { ok: true } | { ok: false; code: ProblemCode; reason: string };

function refuse<C extends ProblemCode>(code: C, ...args: Parameters<(typeof problemMessages)[C]>): ConnectResult {
  const make = problemMessages[code] as (...a: unknown[]) => string;
  return { ok: false, code, reason: make(...args) };
}

/**
 * Decides at drop time whether a wire may be added: refuses self-loops, unknown ports, type and
 * shape mismatches, cycles, duplicates and a second wire into a single-wire port. A `doc` that is not a
 * GraphDoc is refused with code `not-a-graph-doc`, a malformed connection with `bad-connection` (never thrown).
 * @example
 * <ReactFlow isValidConnection={(c) => canConnect(doc, c).ok} />
 */
export function canConnect(input: Pick<GraphDoc, "nodes" | "edges" | "data">, connection: Connection): ConnectResult {
  let doc: Pick<GraphDoc, "nodes" | "edges" | "data">;
  try {
    doc = readParts("canConnect", input);
  } catch (error) {
    if (error instanceof GraphError) return { ok: false, code: error.code, reason: error.message };
    throw error;
  }
  const bad = connectionProblem(connection);
  if (bad) return refuse("bad-connection", bad);
  const index = indexGraph(doc);
  const source = index.nodes.get(connection.source);
  const target = index.nodes.get(connection.target);
  if (!source) return refuse("missing-node", "source", connection.source);
  if (!target) return refuse("missing-node", "target", connection.target);
  if (source.id === target.id) return refuse("self-loop");
  const sourceKind = getKind(source.kind);
  const targetKind = getKind(target.kind);
  if (!sourceKind) return refuse("unknown-kind", source.kind);
  if (!targetKind) return refuse("unknown-kind", target.kind);
  const out = sourceKind.ports.outputs.find(
    (p) => p.name === (connection.sourceHandle ?? sourceKind.ports.outputs[0]?.name),
  );
  const into = targetKind.ports.inputs.find(
    (p) => p.name === (connection.targetHandle ?? targetKind.ports.inputs[0]?.name),
  );
  if (!out) return refuse("unknown-port", sourceKind.kind, connection.sourceHandle ?? "(none)");
  if (!into) return refuse("unknown-port", targetKind.kind, connection.targetHandle ?? "(none)");
  if (out.type !== into.type) return refuse("type-mismatch", portTypeNames[out.type], portTypeNames[into.type]);
  const existing = index.incoming.get(target.id)!.filter((e) => e.targetHandle === into.name);
  if (existing.some((e) => e.source === source.id && e.sourceHandle === out.name)) return refuse("duplicate-edge");
  if (!into.multiple && existing.length > 0) return refuse("port-used", into.name);
  if (reaches(index, target.id, source.id)) return refuse("cycle");
  return checkShape(
    doc,
    index.cyclic.size === 0,
    { ...connection, sourceHandle: out.name, targetHandle: into.name },
    target.id,
  );
}

function connectionProblem(c: unknown): string | undefined {
  if (typeof c !== "object" || c === null) return `got ${describeValue(c)}`;
  const { source, target, sourceHandle, targetHandle } = c as Record<string, unknown>;
  if (typeof source !== "string" || typeof target !== "string") return "source and target must be node ids";
  const handle = (h: unknown) => h === undefined || h === null || typeof h === "string";
  return handle(sourceHandle) && handle(targetHandle) ? undefined : "handles must be port names or null";
}

function checkShape(
  doc: Pick<GraphDoc, "nodes" | "edges" | "data">,
  acyclic: boolean,
  c: Required<Connection>,
  targetId: string,
): ConnectResult {
  if (!acyclic) return { ok: true };
  const before = shapesOf(doc);
  const outputs = before.nodes.get(c.source);
  const sourceShape: Shape | undefined =
    outputs && Object.hasOwn(outputs, c.sourceHandle!) ? outputs[c.sourceHandle!] : undefined;
  if (sourceShape === undefined) return { ok: true };
  const probe = {
    id: "__probe__",
    source: c.source,
    sourceHandle: c.sourceHandle!,
    target: c.target,
    targetHandle: c.targetHandle!,
  };
  const after = shapesOf({ ...doc, edges: [...doc.edges, probe] });
  const fresh = after.problems.find(
    (p) => p.nodeId === targetId && !before.problems.some((q) => q.nodeId === targetId),
  );
  if (fresh) return refuse("shape-mismatch", fresh.message.replace(/^Shape mismatch: /, "").replace(/\.$/, ""));
  return { ok: true };
}
