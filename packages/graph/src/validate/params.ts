import type { NodeKindSpec, ParamSpec } from "../kinds/types.js";
import { problem } from "../problems.js";
import type { Problem } from "../problems.js";
import type { DocNode, ParamValue } from "../schema/types.js";

function checkParam(spec: ParamSpec, value: ParamValue): string | undefined {
  if (spec.type === "boolean") return typeof value === "boolean" ? undefined : "must be true or false";
  if (spec.type === "enum") {
    return typeof value === "string" && spec.options.includes(value)
      ? undefined
      : `must be one of ${spec.options.join(", ")}`;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) return "must be a finite number";
  if (spec.integer && !Number.isInteger(value)) return "must be a whole number";
  if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}`;
  if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}`;
  return undefined;
}

/** Checks a node's parameters against its kind: types, ranges, options; unknown names are warnings. */
export function validateParams(node: DocNode, kind: NodeKindSpec): Problem[] {
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(node.params)) {
    const spec = Object.hasOwn(kind.params, name) ? kind.params[name] : undefined;
    if (!spec) {
      problems.push(
        problem("unknown-param", [kind.kind, name], { nodeId: node.id, path: `params.${name}`, severity: "warning" }),
      );
      continue;
    }
    const detail = checkParam(spec, value);
    if (detail) problems.push(problem("bad-param", [name, detail], { nodeId: node.id, path: `params.${name}` }));
  }
  return problems;
}
