import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, pause, stat, stepShown, trainTemplate, useEditor } from "./helpers.mjs";

const env = useEditor();
const node = (page, id) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Waits until the step counter shows `step` (the resumed run), then returns the loss shown. */
async function resumedAt(page, step) {
  await page.waitForFunction(
    (n) => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) === n,
    step,
    { timeout: 30_000 },
  );
  return stat(page, "loss");
}

test("a trained layer graph expands into neurons, one neuron into ops, and collapses back; training goes on from where it was", async () => {
  const { page, errors, close } = await openPage(env);
  await trainTemplate(page, "moons-layers", 1);
  const start = await stat(page, "loss");
  const trained = await trainTemplate(page, "moons-layers", 200);
  assert.ok(trained.loss < start - 0.1, `trained ${trained.loss} below the first step's ${start}`);

  await node(page, "l1").click();
  await page.getByRole("button", { name: "Expand into neurons" }).click();
  await page.locator('[data-settled="true"]').waitFor();
  await node(page, "l1_16").waitFor();
  assert.equal(await page.locator('.react-flow__node[data-id^="l1_"]').count(), 16);
  assert.equal(await node(page, "l1").count(), 0);
  const expanded = await resumedAt(page, trained.step);
  assert.ok(
    Math.abs(expanded - trained.loss) < 0.02,
    `neurons resume at loss ${expanded}, layers were at ${trained.loss}`,
  );
  await page.screenshot({ path: "e2e-artifacts/zoom-expanded.png" });

  await node(page, "l1_1").click();
  await page.getByRole("button", { name: "Expand into ops" }).click();
  await node(page, "l1_1_w2").waitFor();
  await page.locator('[data-settled="true"]').waitFor();
  for (const id of ["l1_1_w1", "l1_1_m1", "l1_1_b", "l1_1_sum"]) assert.equal(await node(page, id).count(), 1, id);
  const ops = await resumedAt(page, trained.step);
  assert.ok(Math.abs(ops - trained.loss) < 0.02, `ops resume at loss ${ops}, layers were at ${trained.loss}`);
  await page.screenshot({ path: "e2e-artifacts/zoom-ops.png" });

  await page.getByRole("button", { name: "Collapse all" }).click();
  await node(page, "l1").waitFor();
  await page.locator('[data-settled="true"]').waitFor();
  assert.equal(await page.locator('.react-flow__node[data-id^="l1_"]').count(), 0);
  const collapsed = await resumedAt(page, trained.step);
  assert.ok(Math.abs(collapsed - trained.loss) < 0.02, `layers resume at loss ${collapsed}, were at ${trained.loss}`);

  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    (n) => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) >= n,
    trained.step + 50,
    { timeout: 30_000 },
  );
  await pause(page);
  await page.waitForTimeout(500);
  const after = await stat(page, "loss");
  assert.ok((await stepShown(page)) >= trained.step + 50);
  assert.ok(after < trained.loss + 0.05, `loss goes on from ${trained.loss} (now ${after}), not back to ${start}`);
  await page.screenshot({ path: "e2e-artifacts/zoom-collapsed.png" });

  await page.keyboard.press("Control+z");
  await node(page, "l1_1").waitFor();
  assert.deepEqual(errors, []);
  await close();
});
