// One fresh process: micrograd's README expression, forward + backward, timed in batches of 100.
// Run by fresh-processes.mjs against the built package (dist/).
import { readFileSync } from "node:fs";
import { Value } from "../dist/index.js";

// The expression is read from this package's README (as test/readme.test.ts does), minus its import and print.
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const body = /```ts\n([\s\S]*?)```/
  .exec(readme)[1]
  .replace(/^import .*$/m, "")
  .replace(/^console\.log.*$/m, "");
const readmeExpression = new Function("Value", `${body}\nreturn a.grad + b.grad + g.data;`);
const expression = () => readmeExpression(Value);

const BATCH = 100,
  BATCHES = 1500;
const perCall = [];
let check = 0;
for (let k = 0; k < BATCHES; k++) {
  const t0 = performance.now();
  for (let i = 0; i < BATCH; i++) check += expression();
  perCall.push(((performance.now() - t0) * 1000) / BATCH);
}
const expected = BATCHES * BATCH * (24.70408163265306 + 138.83381924198252 + 645.5772594752186);
if (Math.abs(check - expected) > 1e-6 * expected) throw new Error(`wrong numbers: ${check} vs ${expected}`);
const sorted = [...perCall].sort((x, y) => x - y);
// Skip the first 10% of batches (start-up and compilation), report the median of the rest.
const steady = [...perCall.slice(BATCHES / 10)].sort((x, y) => x - y);
console.log(JSON.stringify({ median: steady[steady.length >> 1], best: sorted[0] }));
