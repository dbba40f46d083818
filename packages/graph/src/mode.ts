import { getKind } from "./kinds/registry.js";
import { toyData } from "./schema/defaults.js";
import type { GraphDoc, GraphMode } from "./schema/types.js";

/**
 * The mode a document's nodes imply, from each kind's `modes`: layers when a node exists only in
 * layer graphs (Features, Dense), neurons when one needs data (an Input, a Loss), else an expression
 * (a graph with no data nodes is an expression); `undefined` for an empty canvas or unknown kinds only.
 * @example
 * impliedMode({ nodes: [{ kind: "parameter" }, { kind: "mul" }] }); // "expression"
 */
export function impliedMode(doc: { nodes: readonly { kind: string }[] }): GraphMode | undefined {
  const kinds = doc.nodes.flatMap((n) => getKind(n.kind) ?? []);
  if (kinds.length === 0) return undefined;
  if (kinds.some((k) => !k.modes.includes("neurons") && k.modes.includes("layers"))) return "layers";
  if (kinds.some((k) => !k.modes.includes("expression"))) return "neurons";
  return "expression";
}

/**
 * The document in another mode: a mode that trains on data gets the moons set when the document has
 * none (an expression's data choice is kept, unused, for a switch back).
 */
export function withMode(doc: GraphDoc, mode: GraphMode): GraphDoc {
  if (doc.mode === mode) return doc;
  const data = mode !== "expression" && doc.data.kind !== "toy" ? toyData("moons") : doc.data;
  return { ...doc, mode, data };
}
