import { decodeShareLink, encodeShareLink, type ParseResult } from "../doc/graph-api";
import type { GraphDoc } from "@nudge/graph";

const PREFIX = "#g=";

/** A link that opens this document. */
export function shareUrl(doc: GraphDoc): string {
  return `${location.origin}${location.pathname}${PREFIX}${encodeShareLink(doc)}`;
}

/** The document in the page's address, if any. */
export function docFromLocation(hash = location.hash): ParseResult | null {
  if (!hash.startsWith(PREFIX)) return null;
  return decodeShareLink(hash.slice(PREFIX.length));
}
