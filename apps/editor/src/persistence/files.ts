import type { GraphDoc } from "../doc/types";

/** Downloads the document as `<title>.nudge.json`. */
export function exportFile(doc: GraphDoc): void {
  const blob = new Blob([JSON.stringify(doc, null, 2)], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${(doc.title || "graph").replace(/[^\w-]+/g, "-").toLowerCase()}.nudge.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Reads a chosen file as text. */
export function readFile(file: File): Promise<string> {
  return file.text();
}
