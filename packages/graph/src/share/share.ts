import lz from "lz-string";
import { problem } from "../problems.js";
import { migrate } from "../schema/migrate.js";
import { readDoc } from "../schema/parse.js";
import type { ParseResult } from "../schema/parse.js";
import type { GraphDoc } from "../schema/types.js";
import { decompressBounded } from "./lz-bounded.js";
import { pack, unpack } from "./pack.js";

/** Size limits for share links: the fragment, and the JSON it may expand to. */
export const shareLimits = { maxFragment: 60000, maxJson: 2000000 } as const;

const PREFIX = "g1.";

/**
 * Encodes a document (with its weights) as a compact URL fragment: `g1.` + lz-string of the document
 * packed into arrays, URL-safe characters only. Positions are rounded to whole pixels; weights are exact.
 * Throws a `GraphError` (code `not-a-graph-doc`) when `doc` does not pass `graphDocSchema`.
 * @example
 * location.hash = encodeShareLink(doc);
 */
export function encodeShareLink(doc: GraphDoc): string {
  return PREFIX + lz.compressToEncodedURIComponent(JSON.stringify(pack(readDoc("encodeShareLink", doc))));
}

/**
 * Decodes an untrusted fragment (with or without `#`, or a whole URL) into a validated document.
 * Oversized, malformed or invalid input gives problems; the result is only data, never markup or code.
 * @example
 * const result = decodeShareLink(location.hash); if (result.ok) load(result.doc);
 */
export function decodeShareLink(fragment: string): ParseResult {
  if (typeof fragment !== "string") return { ok: false, problems: [problem("bad-encoding", [])] };
  const hash = fragment.includes("#") ? fragment.slice(fragment.indexOf("#") + 1) : fragment;
  if (hash.length > shareLimits.maxFragment) return { ok: false, problems: [problem("too-large", [hash.length, shareLimits.maxFragment])] };
  if (!hash.startsWith(PREFIX)) return { ok: false, problems: [problem("bad-encoding", [])] };
  const text = decompressBounded(hash.slice(PREFIX.length), shareLimits.maxJson);
  if (text === null || text === "") return { ok: false, problems: [problem("bad-encoding", [])] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem("bad-json", [error instanceof Error ? error.message : "unreadable"])] };
  }
  return migrate(unpack(json));
}
