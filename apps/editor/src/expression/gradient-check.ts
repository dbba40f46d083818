import { problemLine } from "../doc/problem-line";
import { compile, type CompiledGraph, type GraphDoc } from "@nudge/graph";

/** The expression compiled by @nudge/graph, or the first problem worded for the panel. */
export type CompiledExpression = { ok: true; graph: CompiledGraph } | { ok: false; message: string };

/** Compiles an expression document on the main thread for "check my gradient" (the worker trains its own copy). */
export function compileExpression(doc: GraphDoc): CompiledExpression {
  const res = compile(doc);
  if (!res.ok) {
    const p = res.problems[0];
    return {
      ok: false,
      message: p ? problemLine(doc, p) : "This expression cannot be evaluated.",
    };
  }
  if (res.kind !== "tape")
    return { ok: false, message: "Check my gradient works on expressions and neurons, not on layers." };
  return { ok: true, graph: res.graph };
}

/** d(output)/d(node) by central differences in plain numbers (@nudge/graph's `finiteDifference`): an independent check on backprop. */
export function gradientByDifferences(
  compiled: CompiledExpression,
  nodeId: string,
  h = 1e-5,
): { value: number } | { error: string } {
  if (!compiled.ok) return { error: compiled.message };
  if (compiled.graph.nodeIndex(nodeId) < 0) return { error: `Node ${nodeId} is not part of the expression.` };
  try {
    return { value: compiled.graph.finiteDifference({ nodeId }, h) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
