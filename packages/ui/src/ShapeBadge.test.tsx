import { expect, test } from "vitest";
import { ShapeBadge } from "./ShapeBadge";
import { render } from "../test/render";

test("names the rank as the course's table does", () => {
  expect(render(<ShapeBadge shape={[]} />).textContent).toBe("scalar");
  expect(render(<ShapeBadge shape={[100, 2]} dims={["n", "c"]} />).textContent).toBe("[n=100, c=2] · matrix");
  expect(render(<ShapeBadge shape={[8, 3, 32, 32]} />).textContent).toBe("[8, 3, 32, 32] · 4-tensor");
  expect(render(<ShapeBadge shape={[3, 10]} batch />).textContent).toBe("[n, 3, 10] · 3-tensor");
  expect(render(<ShapeBadge shape={[]} batch />).textContent).toBe("[n] · vector");
});
