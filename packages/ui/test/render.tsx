import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

/**
 * Renders `el` synchronously into a new host element appended to the page and returns the host.
 * `fresh` empties the page first (for tests that query the whole document).
 */
export function render(el: React.ReactElement, { fresh = false } = {}): HTMLElement {
  if (fresh) document.body.innerHTML = "";
  const host = document.createElement("div");
  document.body.append(host);
  flushSync(() => createRoot(host).render(el));
  return host;
}
