import { cleanText } from "@nudge/graph";
import { readText, type Read } from "./open";

function clean(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(clean);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
  return value;
}

/** Tries to mend a saved document that no longer opens (names with control characters or too long); the original is left alone. */
export function repairText(text: string): Read {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      message: `It is not valid JSON (${e instanceof Error ? e.message : String(e)}), so it cannot be repaired here; download it instead.`,
    };
  }
  const res = readText(JSON.stringify(clean(json)));
  return res.ok
    ? res
    : { ok: false, message: `It still does not open after repair: ${res.message} Download it instead.` };
}
