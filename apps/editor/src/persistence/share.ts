import { shareLimits, type GraphDoc } from "@nudge/graph";
import { encodeShareLink } from "../doc/graph-api";

/** A link that opens this document (with its training run), or why there is none: a link longer than links may be cannot be opened. */
export function shareUrl(doc: GraphDoc): { ok: true; url: string } | { ok: false; message: string } {
  let fragment: string;
  try {
    fragment = encodeShareLink(doc);
  } catch (e) {
    return {
      ok: false,
      message: `“${doc.title}” cannot be put in a link: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  if (fragment.length > shareLimits.maxFragment) {
    const size = fragment.length.toLocaleString("en");
    return {
      ok: false,
      message: `“${doc.title}” is too big for a share link (${size} characters; links open up to ${shareLimits.maxFragment.toLocaleString("en")}). Use Export and send the file instead.`,
    };
  }
  return { ok: true, url: `${location.origin}${location.pathname}#g=${fragment}` };
}
