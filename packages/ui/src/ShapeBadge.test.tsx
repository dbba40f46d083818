import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { expect, test } from "vitest";
import { ShapeBadge } from "./ShapeBadge";

function render(el: React.ReactElement): HTMLElement {
  const host = document.createElement("div");
  document.body.append(host);
  flushSync(() => createRoot(host).render(el));
  return host;
}

test("names the rank as the course's table does", () => {
  expect(render(<ShapeBadge shape={[]} />).textContent).toBe("scalar");
  expect(render(<ShapeBadge shape={[100, 2]} dims={["n", "c"]} />).textContent).toBe("[n=100, c=2] · matrix");
  expect(render(<ShapeBadge shape={[8, 3, 32, 32]} />).textContent).toBe("[8, 3, 32, 32] · 4-tensor");
});
