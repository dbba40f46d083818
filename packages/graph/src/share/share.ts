import lz from "lz-string";
import { problem } from "../problems.js";
import { migrate } from "../schema/migrate.js";
import { readDoc } from "../schema/parse.js";
import type { ParseResult } from "../schema/parse.js";
import type { GraphDoc } from "../schema/types.js";
import { decodeFloats, encodeFloats, type FloatPrecision } from "./floats.js";
import { decompressBounded } from "./lz-bounded.js";
import { counts, pack, unpack } from "./pack.js";

/** Size limits for share links: the fragment, and the JSON it may expand to. */
export const shareLimits = { maxFragment: 60000, maxJson: 2000000 } as const;

const bad = (): ParseResult => ({ ok: false, problems: [problem("bad-encoding", [])] });

function encode(doc: GraphDoc, precision: FloatPrecision): string {
  const { json, weights, params } = pack(doc);
  const parts = [lz.compressToEncodedURIComponent(JSON.stringify(json)), encodeFloats(weights, precision)];
  if (params) parts.push(encodeFloats(params, precision));
  return `g2.${parts.join(".")}`;
}

/**
 * Encodes a document (with its weights and its kept training run) as a compact URL fragment: `g2.` +
 * lz-string of the structure + `.` + the weights (and trained parameters) as base64url floats. Numbers
 * are exact (Float64) when the link then fits in `shareLimits.maxFragment`, else Float32 (7 digits);
 * positions are rounded to whole pixels. A link still longer than the limit cannot be opened: check
 * `link.length > shareLimits.maxFragment` before offering it. Throws a `GraphError` (code `not-a-graph-doc`)
 * when `doc` does not pass `graphDocSchema`.
 * @example
 * location.hash = encodeShareLink(doc);
 */
export function encodeShareLink(doc: GraphDoc): string {
  const checked = readDoc("encodeShareLink", doc);
  const exact = encode(checked, "d");
  return exact.length <= shareLimits.maxFragment ? exact : encode(checked, "f");
}

/** The fragment of a link as a person may paste it: a whole URL, `#…`, `#g=…`, percent-encoded by a mail client. */
function fragmentOf(input: string): string | null {
  let hash = input.trim();
  if (hash.includes("%")) {
    try {
      hash = decodeURIComponent(hash);
    } catch {
      return null;
    }
  }
  if (hash.includes("#")) hash = hash.slice(hash.indexOf("#") + 1);
  return hash.startsWith("g=") ? hash.slice(2) : hash;
}

/**
 * Decodes an untrusted link (a whole URL, `#g=…`, a bare fragment; percent-encoded or not; `g2.` and the
 * older `g1.`) into a validated document. Oversized, malformed or invalid input gives problems; the
 * result is only data, never markup or code.
 * @example
 * const result = decodeShareLink(location.href); if (result.ok) load(result.doc);
 */
export function decodeShareLink(link: string): ParseResult {
  if (typeof link !== "string") return bad();
  const hash = fragmentOf(link);
  if (hash === null) return bad();
  if (hash.length > shareLimits.maxFragment)
    return { ok: false, problems: [problem("too-large", [hash.length, shareLimits.maxFragment])] };
  const version = hash.slice(0, 3);
  if (version !== "g1." && version !== "g2.") return bad();
  const [body = "", ...floats] = hash.slice(3).split(".");
  if (floats.length > (version === "g1." ? 0 : 2)) return bad();
  const text = decompressBounded(body, shareLimits.maxJson);
  if (text === null || text === "") return bad();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem("bad-json", [error instanceof Error ? error.message : "unreadable"])] };
  }
  if (version === "g1.") return migrate(unpack(json));
  const need = counts(json);
  const weights = decodeFloats(floats[0] ?? "", need.weights);
  const params = need.params === undefined ? undefined : decodeFloats(floats[1] ?? "", need.params);
  if (!weights || params === null || (need.params === undefined) !== floats.length < 2) return bad();
  return migrate(unpack(json, { weights, ...(params ? { params } : {}) }));
}
