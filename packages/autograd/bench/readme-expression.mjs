// One fresh process: micrograd's README expression, forward + backward, timed in batches of 100.
// Run by fresh-processes.mjs against the built package (dist/).
import { Value } from "../dist/index.js";

function expression() {
  const a = new Value(-4.0), b = new Value(2.0);
  let c = a.add(b);
  let d = a.mul(b).add(b.pow(3));
  c = c.add(c.add(1));
  c = c.add(c.add(1).add(a.neg()));
  d = d.add(d.mul(2).add(b.add(a).relu()));
  d = d.add(d.mul(3).add(b.sub(a).relu()));
  const e = c.sub(d);
  const f = e.pow(2);
  let g = f.div(2.0);
  g = g.add(f.pow(-1).mul(10.0));
  g.backward();
  return a.grad + b.grad + g.data;
}

const BATCH = 100, BATCHES = 1500;
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
