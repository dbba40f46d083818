import type { z } from "zod";
import { fail, problem } from "../problems.js";
import type { Problem } from "../problems.js";
import { graphDocSchema, graphPartsSchema } from "./doc-schema.js";
import type { DataChoice, DocEdge, DocNode, GraphDoc } from "./types.js";

/** The outcome of reading untrusted JSON as a GraphDoc. */
export type ParseResult = { ok: true; doc: GraphDoc; migratedFrom?: number } | { ok: false; problems: Problem[] };

function locate(json: unknown, path: readonly PropertyKey[]): { nodeId?: string; edgeId?: string } {
  const [list, index] = path;
  if ((list !== "nodes" && list !== "edges") || typeof index !== "number") return {};
  const item = (json as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
  if (typeof item?.id !== "string") return {};
  return list === "nodes" ? { nodeId: item.id } : { edgeId: item.id };
}

/** Turns zod issues into located problems (node or edge id when the issue is inside one). */
export function issuesToProblems(json: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.slice(0, 50).map((issue) => {
    const path = issue.path.map(String).join(".");
    return problem("schema", [path || "document", issue.message], { ...locate(json, issue.path), path });
  });
}

/** Validates JSON that is already at the current version against `graphDocSchema`. */
export function parseCurrent(json: unknown): ParseResult {
  const result = graphDocSchema.safeParse(json);
  if (result.success) return { ok: true, doc: result.data };
  return { ok: false, problems: issuesToProblems(json, result.error.issues) };
}

/** The nodes, edges and data of a document handed to a public function, checked; throws a `not-a-graph-doc` GraphError. */
export function readParts(fn: string, input: unknown): { nodes: DocNode[]; edges: DocEdge[]; data: DataChoice } {
  const result = graphPartsSchema.safeParse(input);
  if (result.success) return result.data as { nodes: DocNode[]; edges: DocEdge[]; data: DataChoice };
  fail("not-a-graph-doc", fn, firstIssue(input, result.error.issues));
}

/** A whole document handed to a public function, checked; throws a `not-a-graph-doc` GraphError. */
export function readDoc(fn: string, input: unknown): GraphDoc {
  const result = parseCurrent(input);
  if (result.ok) return result.doc;
  fail("not-a-graph-doc", fn, result.problems[0]!.message);
}

function firstIssue(input: unknown, issues: readonly z.core.$ZodIssue[]): string {
  return issuesToProblems(input, issues.slice(0, 1))[0]?.message ?? "it does not match the schema";
}
