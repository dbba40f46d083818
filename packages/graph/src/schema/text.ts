import { limits } from "./constants.js";

/** C0 control characters and DEL: no text in a document may hold them (a tab in a name would fail the schema on the next load). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Whether a text breaks the document's rule for texts (names, titles, string params): no control characters. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * A name as the learner typed or pasted it, made valid for the document: each run of control
 * characters (tabs, newlines) becomes one space, the ends are trimmed, and it is cut to
 * `limits.maxTextLength` without splitting a character. "" means nothing usable was typed.
 * @example cleanText("  hidden\tone\n") // "hidden one"
 */
export function cleanText(text: string): string {
  const flat = text.replace(new RegExp(`${CONTROL.source}+`, "g"), " ").trim();
  let out = "";
  for (const ch of flat) {
    if (out.length + ch.length > limits.maxTextLength) break;
    out += ch;
  }
  return out.trimEnd();
}
