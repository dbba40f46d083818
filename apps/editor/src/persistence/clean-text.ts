import { limits } from "@nudge/graph";

// Control characters (a pasted tab, a line break) are what a typed name can carry that the schema refuses.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** A name as the document may hold it: control characters become one space, at most `limits.maxTextLength` long. */
export const cleanText = (s: string): string => s.replace(CONTROL, " ").slice(0, limits.maxTextLength);
