import type { GraphDoc } from "@nudge/graph";

/** Downloads the document as `<title>.nudge.json`. */
export function exportFile(doc: GraphDoc): void {
  download(JSON.stringify(doc, null, 2), `${baseName(doc)}.nudge.json`, "application/json");
}

/** A file name from the document title. */
export const baseName = (doc: GraphDoc) =>
  (doc.title || "graph")
    .replace(/[^\w-]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase() || "graph";

/** Saves text as a download. */
export function download(text: string, name: string, type: string): void {
  const blob = new Blob([text], { type });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
