import { bench, describe } from "vitest";
import { validate } from "../src/index.js";
import { cycleAtLimits } from "../test/limits-doc.js";

// A document at the documented limits (5,000 nodes, 20,000 edges) that is one big cycle: the worst case
// for cycle detection (quadratic before, about 28 s; linear now).
const { doc } = cycleAtLimits();

describe("validate at the limits", () => {
  bench("validate: 5,000 nodes, 20,000 edges, every edge on a cycle", () => void validate(doc), {
    time: 3000,
    iterations: 3,
  });
});
